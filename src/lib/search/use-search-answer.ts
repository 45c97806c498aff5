import { useDatasetStore } from "../dataset/dataset-store";
import type { SearchAnswer } from "./search-answer";
import type { SearchIndex } from "./search-index";
import { answerQuery, useSearchStore } from "./search-store";

// The same files, whichever list holds them: the index can start on a file before the page has
// read it into the dataset, whose list is then another array of the same files.
const sameFiles = (a: readonly Blob[], b: readonly Blob[]) =>
  a.length === b.length && a.every((file, i) => file === b[i]);

/** The index of the open dataset, as far as it is built; null until its first part is ready. */
export function useSearchIndex(): SearchIndex | null {
  const files = useDatasetStore((state) => state.loaded?.files ?? null);
  return useSearchStore((state) =>
    files !== null && state.files !== null && sameFiles(state.files, files) ? state.index : null,
  );
}

/** What the open dataset's index finds for a query: null without a query or before the index is ready. */
export function useSearchAnswer(query: string): SearchAnswer | null {
  const index = useSearchIndex();
  const q = query.trim();
  return q && index ? answerQuery(index, q) : null;
}
