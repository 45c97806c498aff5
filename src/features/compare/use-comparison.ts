import { useLocation } from "@tanstack/react-router";
import { useMemo } from "react";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import type { Paper } from "../../lib/dataset/schema";
import { parseSearch } from "../../lib/url/search-codec";
import { type Comparison, resolveComparison } from "./resolve-comparison";

const NOTHING: Comparison = { asked: false, requested: [], shown: [], problems: [] };
const NO_PAPERS: readonly Paper[] = [];

/**
 * The comparison the URL asks for. The raw query string is decoded again (as the view notices do)
 * because the route's validated `ids` no longer says what was dropped.
 */
export function useComparison(): Comparison & { papers: readonly Paper[]; columns: Paper[]; requestedIds: string[] } {
  const searchStr = useLocation({ select: (location) => location.searchStr });
  const indexes = useDatasetStore((state) => state.loaded?.indexes);
  const papers = useDatasetStore((state) => state.loaded?.dataset.papers ?? NO_PAPERS);
  return useMemo(() => {
    const comparison = indexes ? resolveComparison(parseSearch(searchStr), indexes) : NOTHING;
    const columns = comparison.shown.map((i) => papers[i]).filter((paper) => paper !== undefined);
    const requestedIds = comparison.requested.map((i) => papers[i]?.id).filter((id) => id !== undefined);
    return { ...comparison, papers, columns, requestedIds };
  }, [searchStr, indexes, papers]);
}
