import { useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import { highlightTerms } from "../../lib/search/cjk-tokenizer";

export function useHighlightTerms(): string[] {
  // Selecting only q: cells re-render when the search text changes, not on every URL change.
  const q = useSearch({ from: "__root__", select: (search) => search.q });
  return useMemo(() => (q ? highlightTerms(q) : []), [q]);
}
