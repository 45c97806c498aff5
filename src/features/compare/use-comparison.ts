import { useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import type { Paper } from "../../lib/dataset/schema";
import { decodeComparison } from "../../lib/view/comparison-search";
import { type Comparison, resolveComparison } from "./resolve-comparison";

const NOTHING: Comparison = { asked: false, requested: [], shown: [], problems: [] };
const NO_PAPERS: readonly Paper[] = [];

/** The comparison the URL asks for, with every id it had to leave out named. */
export function useComparison(): Comparison & {
  papers: readonly Paper[];
  columns: Paper[];
  requestedIds: string[];
  hideSame: boolean;
} {
  const search = useSearch({ from: "/compare" });
  const indexes = useDatasetStore((state) => state.loaded?.indexes);
  const papers = useDatasetStore((state) => state.loaded?.dataset.papers ?? NO_PAPERS);
  return useMemo(() => {
    const decoded = decodeComparison(search);
    const comparison = indexes ? resolveComparison(decoded, indexes) : NOTHING;
    const columns = comparison.shown.map((i) => papers[i]).filter((paper) => paper !== undefined);
    const requestedIds = comparison.requested.map((i) => papers[i]?.id).filter((id) => id !== undefined);
    return { ...comparison, papers, columns, requestedIds, hideSame: decoded.hideSame };
  }, [search, indexes, papers]);
}
