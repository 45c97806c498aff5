import { create } from "zustand";
import { useSearchStore } from "../search/search-store";
import { buildIndexes, type DatasetIndexes } from "./dataset-indexes";
import { type DatasetLoadError, type DatasetLoadResult, measured } from "./load-dataset";
import type { Dataset } from "./schema";

export interface LoadedDataset {
  dataset: Dataset;
  /** Where it came from: a URL, or a file name for files opened from disk. */
  source: string;
  indexes: DatasetIndexes;
}

interface DatasetState {
  loaded: LoadedDataset | null;
  loading: string | null;
  /** The last failed load. A failure never replaces a dataset that is already loaded. */
  error: DatasetLoadError | null;
  load: (source: string, read: () => Promise<DatasetLoadResult>) => Promise<boolean>;
  dismissError: () => void;
}

export function prepareDataset(dataset: Dataset, source: string): LoadedDataset {
  return { dataset, source, indexes: measured("indexes", () => buildIndexes(dataset)) };
}

export const useDatasetStore = create<DatasetState>()((set, get) => ({
  loaded: null,
  loading: null,
  error: null,
  async load(source, read) {
    // Already there or on its way (React runs effects twice in development).
    if (get().loading === source || (get().loaded?.source === source && get().loading === null)) return false;
    set({ loading: source, error: null });
    const result = await read();
    // A newer load started meanwhile: its result wins.
    if (get().loading !== source) return false;
    if (!result.ok) {
      set({ loading: null, error: result.error });
      return false;
    }
    set({ loading: null, loaded: prepareDataset(result.dataset, source), error: null });
    // The search index is built from the same text in a worker, so the table shows without waiting.
    useSearchStore.getState().build(result.text);
    return true;
  },
  dismissError: () => set({ error: null }),
}));
