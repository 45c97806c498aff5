import { useEffect } from "react";
import { useSearchStore } from "./search-store";

/**
 * The papers matching `query`, best first: null when there is no query, undefined while the
 * answer is on its way (the index may still be building).
 */
export function useSearchMatches(query: string | undefined): Uint32Array | null | undefined {
  const q = query?.trim() ?? "";
  const matches = useSearchStore((state) => (q ? state.results.get(q) : null));
  const request = useSearchStore((state) => state.request);
  const generation = useSearchStore((state) => state.generation);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new dataset (generation) empties the results, so ask again.
  useEffect(() => {
    if (q) request(q);
  }, [q, request, generation]);
  return matches;
}
