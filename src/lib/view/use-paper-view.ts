import { useMemo } from "react";
import { type LoadedDataset, useDatasetStore } from "../dataset/dataset-store";
import { FILTER_PARAMS } from "../filters/filters";
import type { SearchAnswer } from "../search/search-answer";
import { answerQuery } from "../search/search-store";
import { useSearchIndex } from "../search/use-search-answer";
import { computeView, type PaperView } from "./compute-view";
import { useView } from "./use-view";
import type { View } from "./view";

export interface CurrentView extends PaperView {
  loaded: LoadedDataset | null;
  view: View;
  /** The view has search text but no part of the index is ready yet. */
  searchPending: boolean;
  /** While the index is still being built: how many papers the search covers so far. */
  searchCoverage: { indexed: number; total: number } | null;
}

// Computed once per (dataset, view, answer) however many components ask.
let last: { loaded: LoadedDataset; view: View; answer: SearchAnswer | null; result: PaperView } | null = null;

function sharedView(loaded: LoadedDataset, view: View, answer: SearchAnswer | null): PaperView {
  if (last?.loaded !== loaded || last.view !== view || last.answer !== answer) {
    last = { loaded, view, answer, result: computeView(loaded.dataset, loaded.indexes, view, answer) };
  }
  return last.result;
}

const EMPTY: PaperView = {
  rows: new Uint32Array(0),
  counts: Object.fromEntries(FILTER_PARAMS.map((param) => [param, new Uint32Array(0)])) as PaperView["counts"],
};

/** The papers of the URL's view, and each filter's counts: computed in the render that shows them. */
export function usePaperView(): CurrentView {
  const loaded = useDatasetStore((state) => state.loaded);
  const view = useView((current) => current);
  const index = useSearchIndex();
  const answer = view.q && index ? answerQuery(index, view.q) : null;
  const searchPending = view.q !== "" && index === null;
  const result = loaded && !searchPending ? sharedView(loaded, view, answer) : EMPTY;
  const partial = view.q !== "" && index !== null && index.indexed < index.total;
  const indexed = partial ? index.indexed : 0;
  const total = partial ? index.total : 0;
  const searchCoverage = useMemo(() => (partial ? { indexed, total } : null), [partial, indexed, total]);
  return useMemo(
    () => ({ ...result, loaded, view, searchPending, searchCoverage }),
    [result, loaded, view, searchPending, searchCoverage],
  );
}
