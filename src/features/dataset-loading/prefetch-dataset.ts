import { type Download, downloadDataset, type LoadProgress } from "../../lib/dataset/download-dataset";
import { BUNDLED_DATASET } from "./bundled-dataset";

/** A download started before the app's code had loaded, waiting for the loader to take it over. */
export interface StartedDownload {
  source: string;
  result: Promise<Download>;
  cancel: () => void;
  /** Where progress goes once someone shows it. */
  onProgress: (listener: (progress: LoadProgress) => void) => void;
}

let started: StartedDownload | null = null;

/**
 * Starts downloading the dataset the address names (the bundled one by default) from the app's
 * entry, so the file and the app's code arrive together instead of one after the other.
 */
export function prefetchDataset(search: string): void {
  const source = new URLSearchParams(search).get("dataset") ?? BUNDLED_DATASET;
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
  started = {
    source,
    result,
    cancel: () => controller.abort(),
    onProgress: (next) => {
      listener = next;
      if (last) next(last);
    },
  };
}

/** The download started for `source` at launch, if any (once: a retry downloads afresh). */
export function takePrefetched(source: string): StartedDownload | null {
  const found = started?.source === source ? started : null;
  started = null;
  return found;
}
