import * as v from "valibot";
import { catalogSchema, MAX_CATALOG_BYTES, requestOrder } from "../../lib/dataset/catalog";
import {
  type Download,
  downloadDataset,
  type FetchOptions,
  type LoadProgress,
  relativeDatasetSource,
} from "../../lib/dataset/download-dataset";
import { BUNDLED_DATASET } from "./bundled-dataset";

/** A download started before the app's code had loaded, waiting for the loader to take it over. */
export interface StartedDownload {
  source: string;
  result: Promise<Download>;
  cancel: () => void;
  /** Where progress goes once someone shows it. */
  onProgress: (listener: (progress: LoadProgress) => void) => void;
}

const started = new Map<string, StartedDownload>();

function startDownload(source: string): StartedDownload {
  const controller = new AbortController();
  let listener: ((progress: LoadProgress) => void) | null = null;
  let last: LoadProgress | null = null;
  const result = downloadDataset(source, {
    signal: controller.signal,
    onProgress: (progress) => {
      last = progress;
      listener?.(progress);
    },
  });
  const download: StartedDownload = {
    source,
    result,
    cancel: () => controller.abort(),
    onProgress: (next) => {
      listener = next;
      if (last) next(last);
    },
  };
  started.set(source, download);
  return download;
}

/** When the address names a catalog (the bundled one is), its digest files are requested as soon as it arrives. */
async function prefetchDigestFiles(download: Download, source: string, digests: readonly string[]): Promise<void> {
  if (!download.ok || download.file.size > MAX_CATALOG_BYTES) return;
  let json: unknown;
  try {
    json = JSON.parse(await download.file.text());
  } catch {
    return;
  }
  // Anything else is left to the loader, which reads the file again and says what is wrong.
  if (!v.is(catalogSchema, json)) return;
  for (const entry of requestOrder(json.digests, digests)) startDownload(relativeDatasetSource(source, entry.file));
}

/**
 * Starts downloading the dataset the address names (the bundled archive by default) from the app's
 * entry, so the files and the app's code arrive together instead of one after the other.
 */
export function prefetchDataset(search: string): void {
  const params = new URLSearchParams(search);
  const source = params.get("dataset") ?? BUNDLED_DATASET;
  const digests = params.get("digest")?.split(",") ?? [];
  const first = startDownload(source);
  void first.result.then((download) => prefetchDigestFiles(download, source, digests));
}

/** The download started for `source` at launch, if any (once: a retry downloads afresh). */
function takePrefetched(source: string): StartedDownload | null {
  const found = started.get(source) ?? null;
  started.delete(source);
  return found;
}

/** Downloads a file, taking over the one started at launch for it if there is one. */
export function downloadOrTakePrefetched(source: string, options: FetchOptions): Promise<Download> {
  const prefetched = takePrefetched(source);
  if (!prefetched) return downloadDataset(source, options);
  if (options.onProgress) prefetched.onProgress(options.onProgress);
  options.signal?.addEventListener("abort", prefetched.cancel, { once: true });
  return prefetched.result;
}
