import { type DatasetLoading, prepareDataset, useDatasetStore } from "../../lib/dataset/dataset-store";
import { type DatasetLoadError, downloadDataset } from "../../lib/dataset/download-dataset";
import { readDataset } from "../../lib/dataset/load-dataset";
import { buildSearchIndex } from "../../lib/search/search-store";
import { BUNDLED_DATASET } from "./bundled-dataset";
import { takePrefetched } from "./prefetch-dataset";

/** A dataset could not be opened and there is no other to show: the router shows why. */
export class DatasetLoadFailure extends Error {
  constructor(readonly failure: DatasetLoadError) {
    super(`The dataset ${failure.source} could not be opened (${failure.kind}).`);
    this.name = "DatasetLoadFailure";
  }
}

/** A failed load keeps the dataset that is open (and says why); with none open, it fails. */
function refuse(error: DatasetLoadError): void {
  if (useDatasetStore.getState().loaded) useDatasetStore.setState({ rejected: error });
  else throw new DatasetLoadFailure(error);
}

function setProgress(loading: DatasetLoading, progress: DatasetLoading["progress"]): void {
  if (useDatasetStore.getState().loading === loading) useDatasetStore.setState({ loading: { ...loading, progress } });
}

/**
 * The root route's loader: makes the dataset the URL names (the bundled one by default) the open
 * one. A file opened from disk stays open while the URL names no other dataset.
 */
export async function loadDatasetForUrl(requested: string | null, signal: AbortSignal): Promise<void> {
  const { loaded } = useDatasetStore.getState();
  if (requested === null && loaded?.fromDisk) return;
  const source = requested ?? BUNDLED_DATASET;
  if (loaded?.source === source && !loaded.fromDisk) return;

  const prefetched = takePrefetched(source);
  const controller = new AbortController();
  const cancel = () => (prefetched ? prefetched.cancel() : controller.abort());
  signal.addEventListener("abort", cancel, { once: true });
  const loading: DatasetLoading = { source, progress: null, cancel };
  useDatasetStore.setState({ loading });
  try {
    prefetched?.onProgress((progress) => setProgress(loading, progress));
    const download = await (prefetched?.result ??
      downloadDataset(source, { signal: controller.signal, onProgress: (progress) => setProgress(loading, progress) }));
    if (!download.ok) return refuse(download.error);
    // With nothing open yet, the search index starts on the same file while the page validates it.
    const first = useDatasetStore.getState().loaded === null;
    if (first) buildSearchIndex(download.file);
    const result = await readDataset(download.file, source);
    if (!result.ok) return refuse(result.error);
    if (!first) buildSearchIndex(result.read.file);
    useDatasetStore.setState({ loaded: prepareDataset(result.read, source), rejected: null });
  } finally {
    if (useDatasetStore.getState().loading === loading) useDatasetStore.setState({ loading: null });
  }
}

/** Opens a file from the user's disk; a file that is not a valid dataset leaves the open one in place. */
export async function openDatasetFile(file: File): Promise<boolean> {
  const result = await readDataset(file, file.name);
  if (!result.ok) {
    useDatasetStore.setState({ rejected: result.error });
    return false;
  }
  buildSearchIndex(result.read.file);
  useDatasetStore.setState({ loaded: prepareDataset(result.read, file.name, true), rejected: null });
  return true;
}

/** Forgets a file opened from disk, so the URL's dataset (the bundled one by default) loads again. */
export function closeDiskDataset(): void {
  if (useDatasetStore.getState().loaded?.fromDisk) useDatasetStore.setState({ loaded: null, rejected: null });
}
