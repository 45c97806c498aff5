import { looksLikeCatalog, MAX_CATALOG_BYTES } from "../../lib/dataset/catalog";
import { type DatasetLoading, prepareDataset, useDatasetStore } from "../../lib/dataset/dataset-store";
import type { DatasetLoadError } from "../../lib/dataset/download-dataset";
import { checkDataset, type DatasetLoadResult, readJson } from "../../lib/dataset/load-dataset";
import { type ArchiveProgress, checkCatalog, readArchive } from "../../lib/dataset/read-archive";
import { buildSearchIndex } from "../../lib/search/search-store";
import { BUNDLED_DATASET } from "./bundled-dataset";
import { downloadOrTakePrefetched } from "./prefetch-dataset";

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

function setProgress(loading: DatasetLoading, change: Partial<Pick<DatasetLoading, "progress" | "files">>): void {
  const current = useDatasetStore.getState().loading;
  if (current?.cancel === loading.cancel) useDatasetStore.setState({ loading: { ...current, ...change } });
}

const archiveProgress = (loading: DatasetLoading) => (progress: ArchiveProgress) =>
  setProgress(loading, {
    progress: { received: progress.received, total: progress.total },
    files: { done: progress.filesDone, total: progress.filesTotal },
  });

/**
 * Reads what the URL's address held: a dataset file, or a catalog whose digest files are then
 * downloaded (those of the digests the view names first) and shown together.
 */
async function openDownloaded(
  file: Blob,
  source: string,
  loading: DatasetLoading,
  firstDigests: readonly string[],
  signal: AbortSignal,
): Promise<void> {
  const first = useDatasetStore.getState().loaded === null;
  // With nothing open yet, the search index starts on a dataset file while the page validates it;
  // a file small enough to be a catalog is read first, to know which it is.
  const early = first && file.size > MAX_CATALOG_BYTES;
  if (early) buildSearchIndex([file]);
  const parsed = await readJson(file, source);
  if (!parsed.ok) return refuse(parsed.error);
  if (!early && looksLikeCatalog(parsed.json)) {
    const catalog = checkCatalog(parsed.json, source);
    if (!catalog.ok) return refuse(catalog.error);
    const archive = await readArchive(catalog.catalog, source, {
      first: firstDigests,
      signal,
      onProgress: archiveProgress(loading),
      download: downloadOrTakePrefetched,
    });
    if (!archive.ok) return refuse(archive.error);
    buildSearchIndex(archive.read.files);
    useDatasetStore.setState({
      loaded: prepareDataset(archive.read, source, { missing: archive.missing }),
      rejected: null,
    });
    return;
  }
  const result = checkDataset(parsed.json, file, source);
  if (!result.ok) return refuse(result.error);
  if (!early) buildSearchIndex(result.read.files);
  useDatasetStore.setState({ loaded: prepareDataset(result.read, source), rejected: null });
}

/**
 * The root route's loader: makes the dataset the URL names (the bundled archive by default) the
 * open one. A file opened from disk stays open while the URL names no other dataset.
 */
export async function loadDatasetForUrl(
  requested: string | null,
  signal: AbortSignal,
  firstDigests: readonly string[] = [],
): Promise<void> {
  const { loaded } = useDatasetStore.getState();
  if (requested === null && loaded?.fromDisk) return;
  const source = requested ?? BUNDLED_DATASET;
  if (loaded?.source === source && !loaded.fromDisk) return;

  const controller = new AbortController();
  const cancel = () => controller.abort();
  signal.addEventListener("abort", cancel, { once: true });
  const loading: DatasetLoading = { source, progress: null, files: null, cancel };
  useDatasetStore.setState({ loading });
  try {
    const download = await downloadOrTakePrefetched(source, {
      signal: controller.signal,
      onProgress: (progress) => setProgress(loading, { progress }),
    });
    if (!download.ok) return refuse(download.error);
    await openDownloaded(download.file, source, loading, firstDigests, controller.signal);
  } finally {
    if (useDatasetStore.getState().loading?.cancel === cancel) useDatasetStore.setState({ loading: null });
  }
}

/** Opens a file from the user's disk; a file that is not a valid dataset leaves the open one in place. */
export async function openDatasetFile(file: File): Promise<boolean> {
  const parsed = await readJson(file, file.name);
  const result: DatasetLoadResult = !parsed.ok
    ? parsed
    : looksLikeCatalog(parsed.json)
      ? { ok: false, error: { kind: "catalog-from-disk", source: file.name } }
      : checkDataset(parsed.json, file, file.name);
  if (!result.ok) {
    useDatasetStore.setState({ rejected: result.error });
    return false;
  }
  buildSearchIndex(result.read.files);
  useDatasetStore.setState({ loaded: prepareDataset(result.read, file.name, { fromDisk: true }), rejected: null });
  return true;
}

/** Forgets a file opened from disk, so the URL's dataset (the bundled one by default) loads again. */
export function closeDiskDataset(): void {
  if (useDatasetStore.getState().loaded?.fromDisk) useDatasetStore.setState({ loaded: null, rejected: null });
}
