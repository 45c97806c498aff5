import { create } from "zustand";
import { buildIndexes, type DatasetIndexes } from "./dataset-indexes";
import type { DatasetLoadError, LoadProgress } from "./download-dataset";
import { measured, type ReadDataset } from "./load-dataset";
import type { Dataset } from "./schema";

export interface LoadedDataset {
  dataset: Dataset;
  /** Where it came from: a URL, or a file name for files opened from disk. */
  source: string;
  /** Opened from the user's disk rather than fetched from this site. */
  fromDisk: boolean;
  /** The file it was read from. */
  file: Blob;
  indexes: DatasetIndexes;
}

export interface DatasetLoading {
  source: string;
  progress: LoadProgress | null;
  cancel: () => void;
}

interface DatasetState {
  loaded: LoadedDataset | null;
  loading: DatasetLoading | null;
  /** The last dataset that could not be opened while another one stayed open. */
  rejected: DatasetLoadError | null;
}

export const useDatasetStore = create<DatasetState>()(() => ({ loaded: null, loading: null, rejected: null }));

export function prepareDataset({ dataset, file }: ReadDataset, source: string, fromDisk = false): LoadedDataset {
  return { dataset, source, fromDisk, file, indexes: measured("indexes", () => buildIndexes(dataset)) };
}
