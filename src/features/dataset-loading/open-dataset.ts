import { looksLikeCatalog, MAX_CATALOG_BYTES } from "../../lib/dataset/catalog";
import { type DatasetLoading, prepareDataset, useDatasetStore } from "../../lib/dataset/dataset-store";
import type { DatasetLoadError } from "../../lib/dataset/download-dataset";
import { checkDataset, type ReadDataset, readJson, readOnArrival } from "../../lib/dataset/load-dataset";
import { type ArchiveProgress, checkCatalog, readArchive } from "../../lib/dataset/read-archive";
import { afterNextPaint } from "../../lib/idle/when-idle";
import { buildSearchIndex } from "../../lib/search/search-store";
import { BUNDLED_DATASET } from "./bundled-dataset";
import { downloadOrTakePrefetched } from "./prefetch-dataset";

/**
 * A dataset could not be opened and there is no other to show: the router shows why. `fromDisk`:
 * it was a file the user chose, which trying again would not change (the address would load instead).
 */
export class DatasetLoadFailure extends Error {
  constructor(
    readonly failure: DatasetLoadError,
    readonly fromDisk = false,
  ) {
    super(`The dataset ${failure.source} could not be opened (${failure.kind}).`);
    this.name = "DatasetLoadFailure";
  }
}

/** A failed load keeps the dataset that is open (and says why); with none open, it fails. */
function refuse(error: DatasetLoadError, fromDisk = false): void {
  if (useDatasetStore.getState().loaded) useDatasetStore.setState({ rejected: error });
  else throw new DatasetLoadFailure(error, fromDisk);
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
  const arrived = readOnArrival(file);
  // The search index starts on a dataset file while the page reads it (with nothing open yet), or
  // with the dataset the page read as it arrived (its first papers indexed at once); a file small
  // enough to be a catalog is read first, to know which it is.
  const early = arrived !== null || (first && file.size > MAX_CATALOG_BYTES);
  if (early) buildSearchIndex([file], arrived?.dataset);
  const open = (read: ReadDataset) => {
    if (!early) buildSearchIndex(read.files);
    useDatasetStore.setState({ loaded: prepareDataset(read, source), rejected: null });
  };
  if (arrived) return open(arrived);
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
  open(result.read);
}

/**
 * Runs `open` as the load the loading page shows: it names `source`, and its Cancel aborts the
 * signal `open` gets (so does the router's, when another load supersedes this one). Ends in every case.
 */
async function asLoading(
  source: string,
  signal: AbortSignal,
  open: (loading: DatasetLoading, signal: AbortSignal) => Promise<void>,
): Promise<void> {
  const controller = new AbortController();
  const cancel = () => controller.abort();
  signal.addEventListener("abort", cancel, { once: true });
  const loading: DatasetLoading = { source, progress: null, files: null, cancel };
  useDatasetStore.setState({ loading });
  try {
    await open(loading, controller.signal);
  } finally {
    if (useDatasetStore.getState().loading?.cancel === cancel) useDatasetStore.setState({ loading: null });
  }
}

// The file the user chose, until the root loader takes it: choosing a file reloads the root route
// (useDatasetActions), so a file from disk gets the loading page, Cancel and errors of an address.
let chosenFile: File | null = null;

/** The next load of the root route opens `file` instead of the URL's dataset. */
export function chooseDatasetFile(file: File): void {
  chosenFile = file;
}

/**
 * After the next painted frame, or once the page is hidden or shown again: a tab in the background
 * paints no frames, and would otherwise hold the file until the reader came back to it.
 */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === "hidden") return resolve();
    const done = () => {
      cancel();
      document.removeEventListener("visibilitychange", done);
      resolve();
    };
    const cancel = afterNextPaint(done);
    document.addEventListener("visibilitychange", done);
  });
}

/**
 * Opens a file from the user's disk. Parsing and validating a large one hold the page for seconds,
 * so each waits for a painted frame: the loading page shows first, and a Cancel clicked in between
 * stops the next step. A load that another one replaced (a second file, a new address) just stops.
 */
async function openChosenFile(file: File, loading: DatasetLoading, signal: AbortSignal): Promise<void> {
  const source = file.name;
  const refuseFile = (error: DatasetLoadError) => refuse(error, true);
  const goOn = async () => {
    await nextPaint();
    if (useDatasetStore.getState().loading?.cancel !== loading.cancel) return false;
    if (signal.aborted) refuseFile({ kind: "cancelled", source });
    return !signal.aborted;
  };
  if (!(await goOn())) return;
  const parsed = await readJson(file, source);
  if (!parsed.ok) return refuseFile(parsed.error);
  if (looksLikeCatalog(parsed.json)) return refuseFile({ kind: "catalog-from-disk", source });
  if (!(await goOn())) return;
  const result = checkDataset(parsed.json, file, source);
  if (!result.ok) return refuseFile(result.error);
  buildSearchIndex(result.read.files);
  useDatasetStore.setState({ loaded: prepareDataset(result.read, source, { fromDisk: true }), rejected: null });
}

/**
 * The root route's loader: makes the dataset the URL names (the bundled archive by default) the
 * open one, or the file the user chose. A file opened from disk stays open while the URL names no
 * other dataset.
 */
export async function loadDatasetForUrl(
  requested: string | null,
  signal: AbortSignal,
  firstDigests: readonly string[] = [],
): Promise<void> {
  const file = chosenFile;
  chosenFile = null;
  if (file) return asLoading(file.name, signal, (loading, cancelled) => openChosenFile(file, loading, cancelled));
  const { loaded } = useDatasetStore.getState();
  if (requested === null && loaded?.fromDisk) return;
  const source = requested ?? BUNDLED_DATASET;
  if (loaded?.source === source && !loaded.fromDisk) return;

  return asLoading(source, signal, async (loading, cancelled) => {
    const download = await downloadOrTakePrefetched(source, {
      signal: cancelled,
      onProgress: (progress) => setProgress(loading, { progress }),
    });
    if (!download.ok) return refuse(download.error);
    await openDownloaded(download.file, source, loading, firstDigests, cancelled);
  });
}

/** Forgets a file opened from disk, so the URL's dataset (the bundled one by default) loads again. */
export function closeDiskDataset(): void {
  if (useDatasetStore.getState().loaded?.fromDisk) useDatasetStore.setState({ loaded: null, rejected: null });
}
