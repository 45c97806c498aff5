import { useDeferredValue, useMemo, useState } from "react";
import { type LoadedDataset, useDatasetStore } from "../dataset/dataset-store";
import { useSearchMatches } from "../search/use-search-matches";
import { useViewSearch } from "../view-search/use-view-search";
import type { ViewSearch } from "../view-search/view-search";
import { computeView, type PaperView } from "./compute-view";

const EMPTY_VIEW: PaperView = {
  rows: [],
  counts: {
    chapter: new Map(),
    inst: new Map(),
    modality: new Map(),
    kind: new Map(),
    type: new Map(),
    country: new Map(),
  },
};
const NO_MATCHES = new Uint32Array();

// Views are computed once per (dataset, search, matches) even when several components ask.
let lastView: { loaded: LoadedDataset; search: ViewSearch; matches: Uint32Array | null; view: PaperView } | null = null;
function sharedView(loaded: LoadedDataset, search: ViewSearch, matches: Uint32Array | null): PaperView {
  if (lastView?.loaded !== loaded || lastView.search !== search || lastView.matches !== matches) {
    lastView = { loaded, search, matches, view: computeView(loaded, search, matches) };
  }
  return lastView.view;
}

export interface CurrentView extends PaperView {
  /** The search the rows belong to; it lags the URL while the view is recomputed. */
  search: ViewSearch;
  /** True while the search text's matches are on their way (the index may still be building). */
  searchPending: boolean;
}

/**
 * The papers of the current URL view. The search is deferred so typing stays responsive, and
 * while a query's matches are on their way the last complete view stays on screen.
 */
export function usePaperView(): CurrentView {
  const loaded = useDatasetStore((state) => state.loaded);
  const search = useDeferredValue(useViewSearch());
  const matches = useSearchMatches(search.q);
  const [applied, setApplied] = useState({ search, matches: matches === undefined ? NO_MATCHES : matches });
  if (matches !== undefined && (applied.search !== search || applied.matches !== matches)) {
    setApplied({ search, matches });
  }
  const view = useMemo(
    () => (loaded ? sharedView(loaded, applied.search, applied.matches) : EMPTY_VIEW),
    [loaded, applied],
  );
  const searchPending = matches === undefined;
  return useMemo(() => ({ ...view, search: applied.search, searchPending }), [view, applied.search, searchPending]);
}
