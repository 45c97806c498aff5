import { useMemo } from "react";
import { type LoadedDataset, useDatasetStore } from "../dataset/dataset-store";
import type { FilterIndex } from "../filters/filter-index";
import { FILTER_PARAMS } from "../filters/filters";
import { withLibrary } from "../filters/library-filter-index";
import type { Library } from "../library/library-lookup";
import { placeEntries } from "../library/library-positions";
import { useLibrary } from "../library/library-store";
import { noteHits, withNoteHits } from "../library/note-search";
import type { SearchAnswer } from "../search/search-answer";
import { answerQuery } from "../search/search-store";
import { useSearchIndex } from "../search/use-search-answer";
import { computeView, type PaperView, type ViewCounts } from "./compute-view";
import { useView } from "./use-view";
import type { View } from "./view";

export interface CurrentView extends PaperView {
  loaded: LoadedDataset | null;
  view: View;
  /** The filter index the view was computed with: the dataset's, with the reader's library merged in. */
  index: FilterIndex | null;
  /** The view has search text but no part of the index is ready yet. */
  searchPending: boolean;
  /** While the index is still being built: how many papers the search covers so far. */
  searchCoverage: { indexed: number; total: number } | null;
}

// Computed once per (dataset, view, answer, library index) however many components ask.
let last: {
  loaded: LoadedDataset;
  view: View;
  answer: SearchAnswer | null;
  index: FilterIndex;
  result: PaperView;
} | null = null;

function sharedView(loaded: LoadedDataset, view: View, answer: SearchAnswer | null, index: FilterIndex): PaperView {
  if (last?.loaded !== loaded || last.view !== view || last.answer !== answer || last.index !== index) {
    const indexes = index === loaded.indexes.filters ? loaded.indexes : { ...loaded.indexes, filters: index };
    last = { loaded, view, answer, index, result: computeView(loaded.dataset, indexes, view, answer) };
  }
  return last.result;
}

// The index's answer with the reader's notes and tags found too, once per (answer, library).
let lastAnswer: {
  answer: SearchAnswer;
  library: Library;
  loaded: LoadedDataset;
  q: string;
  merged: SearchAnswer;
} | null = null;

function withNotes(answer: SearchAnswer, library: Library, loaded: LoadedDataset, q: string): SearchAnswer {
  if (library.entries.size === 0) return answer;
  if (
    lastAnswer?.answer !== answer ||
    lastAnswer.library !== library ||
    lastAnswer.loaded !== loaded ||
    lastAnswer.q !== q
  ) {
    const hits = noteHits(placeEntries(library, loaded.dataset, loaded.indexes), q);
    lastAnswer = { answer, library, loaded, q, merged: withNoteHits(answer, hits) };
  }
  return lastAnswer.merged;
}

const NO_COUNTS = Object.fromEntries(FILTER_PARAMS.map((param) => [param, new Uint32Array(0)])) as ViewCounts;
const EMPTY: PaperView = { rows: new Uint32Array(0), counts: () => NO_COUNTS };

/** The papers of the URL's view, computed in the render that shows them, and each filter's counts on demand. */
export function usePaperView(): CurrentView {
  const loaded = useDatasetStore((state) => state.loaded);
  const view = useView((current) => current);
  const library = useLibrary((state) => state.library);
  const index = useSearchIndex();
  const found = view.q && index ? answerQuery(index, view.q) : null;
  const answer = found && loaded ? withNotes(found, library, loaded, view.q) : found;
  const filterIndex = loaded
    ? withLibrary(loaded.indexes.filters, loaded.dataset, loaded.indexes, library, view.filters)
    : null;
  const searchPending = view.q !== "" && index === null;
  const result = loaded && filterIndex && !searchPending ? sharedView(loaded, view, answer, filterIndex) : EMPTY;
  const partial = view.q !== "" && index !== null && index.indexed < index.total;
  const indexed = partial ? index.indexed : 0;
  const total = partial ? index.total : 0;
  const searchCoverage = useMemo(() => (partial ? { indexed, total } : null), [partial, indexed, total]);
  return useMemo(
    () => ({ ...result, loaded, view, index: filterIndex, searchPending, searchCoverage }),
    [result, loaded, view, filterIndex, searchPending, searchCoverage],
  );
}
