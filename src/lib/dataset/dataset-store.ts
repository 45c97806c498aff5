import { create } from "zustand";
import { buildIndexes, type DatasetIndexes } from "./dataset-indexes";
import type { DatasetLoadError, LoadProgress } from "./download-dataset";
import type { ReadDataset } from "./load-dataset";
import { measured } from "./measured";
import type { Dataset } from "./schema";

export interface LoadedDataset {
  dataset: Dataset;
  /** Where it came from: a URL, or a file name for files opened from disk. */
  source: string;
  /** Opened from the user's disk rather than fetched from this site. */
  fromDisk: boolean;
  /** The files it was read from (an archive's digest files oldest first). */
  files: readonly Blob[];
  /** Digest files of the archive that could not be read: the dataset is shown without them. */
  missing: readonly DatasetLoadError[];
  indexes: DatasetIndexes;
}

export interface DatasetLoading {
  source: string;
  progress: LoadProgress | null;
  /** For an archive: how many of its digest files are read. */
  files: { done: number; total: number } | null;
  cancel: () => void;
}

interface DatasetState {
  loaded: LoadedDataset | null;
  loading: DatasetLoading | null;
  /** The last dataset that could not be opened while another one stayed open. */
  rejected: DatasetLoadError | null;
}

export const useDatasetStore = create<DatasetState>()(() => ({ loaded: null, loading: null, rejected: null }));

export function prepareDataset(
  { dataset, files }: ReadDataset,
  source: string,
  options: { fromDisk?: boolean; missing?: readonly DatasetLoadError[] } = {},
): LoadedDataset {
  const { fromDisk = false, missing = [] } = options;
  return { dataset, source, fromDisk, files, missing, indexes: measured("indexes", () => buildIndexes(dataset)) };
}
