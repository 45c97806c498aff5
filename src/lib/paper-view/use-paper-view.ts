import { useDeferredValue, useMemo } from "react";
import { useDatasetStore } from "../dataset/dataset-store";
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

/**
 * The papers of the current URL view. The search is deferred so typing stays responsive while a
 * large dataset is being filtered.
 */
export function usePaperView(): PaperView & { search: ViewSearch } {
  const loaded = useDatasetStore((state) => state.loaded);
  const search = useDeferredValue(useViewSearch());
  const view = useMemo(() => (loaded ? computeView(loaded, search) : EMPTY_VIEW), [loaded, search]);
  // The search the rows were computed for, which lags the URL while a large view is recomputed.
  return useMemo(() => ({ ...view, search }), [view, search]);
}
