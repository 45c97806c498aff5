import { useMemo } from "react";
import { highlightTerms } from "../../lib/search/cjk-tokenizer";
import { useViewSearch } from "../../lib/view-search/use-view-search";

export function useHighlightTerms(): string[] {
  const q = useViewSearch().q;
  return useMemo(() => (q ? highlightTerms(q) : []), [q]);
}
