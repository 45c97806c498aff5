import { DatasetOnArrival } from "./dataset-on-arrival";
import type { NotADataset } from "./not-a-dataset";
import type { Dataset } from "./schema";
import type { DatasetProblem } from "./validate-dataset";

export type DatasetLoadError =
  | { kind: "origin"; source: string }
  | { kind: "redirect"; source: string }
  | { kind: "network"; source: string; message: string }
  | { kind: "timeout"; source: string; seconds: number }
  | { kind: "cancelled"; source: string }
  | { kind: "http"; source: string; status: number }
  | { kind: "not-json-file"; source: string }
  /** An archive's catalog opened from disk: the files it lists are on a site, out of a local file's reach. */
  | { kind: "catalog-from-disk"; source: string }
  | { kind: "json"; source: string; message: string }
  /** Valid JSON that is plainly no dataset (another of the app's files, a lone string…): said in words. */
  | { kind: "not-dataset"; source: string; found: NotADataset }
  /** `bytes` is null when the body went on past the limit and was stopped there: its size is unknown. */
  | { kind: "too-large"; source: string; bytes: number | null }
  | { kind: "invalid"; source: string; problems: DatasetProblem[] };

export const MAX_DATASET_BYTES = 200 * 1024 * 1024;
/**
 * From this size on, a file is parsed and validated as it downloads (DatasetOnArrival). A smaller
 * one arrives while the app's code is still starting, and reading it as it came competed with that:
 * the first rows of 10,000 papers (13 MB) came 0.28 s later that way, those of 30,000 (38 MB) 0.28 s sooner.
 */
export const READ_ON_ARRIVAL_BYTES = 24 * 1024 * 1024;
/** A download that receives nothing for this long has stalled. */
export const STALL_TIMEOUT_MS = 20_000;

export interface LoadProgress {
  received: number;
  /** The size the server announced, when it did (not for compressed responses). */
  total: number | null;
}

export interface FetchOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  stallTimeoutMs?: number;
}

/** The address the app is served under; relative dataset paths start there, whatever the route. */
const appBaseUrl = () => new URL(import.meta.env.BASE_URL, window.location.origin).href;

/**
 * The app fetches datasets from its own origin only (the Content-Security-Policy says the same);
 * anything else must be downloaded and opened as a local file.
 */
export function resolveDatasetUrl(source: string, base = appBaseUrl()): URL | null {
  try {
    const url = new URL(source, base);
    const sameOrigin = url.origin === new URL(base).origin;
    return sameOrigin && (url.protocol === "http:" || url.protocol === "https:") ? url : null;
  } catch {
    return null;
  }
}

/** A file named relative to another one on this site (a digest file by its catalog), as a path. */
export function relativeDatasetSource(source: string, file: string): string {
  const url = resolveDatasetUrl(source);
  return url ? new URL(file, url).pathname : file;
}

export type Download = { ok: true; file: Blob } | { ok: false; error: DatasetLoadError };

// The text of a downloaded file, decoded while it arrived, until it is read once: reading a large
// Blob back as text took longer than decoding its chunks between network reads (0.7 s at 100,000
// papers). Held only until then: the Blob stays alive for the search index, the text need not.
const decodedTexts = new WeakMap<Blob, string>();

/** A file's text: decoded during its download if it was downloaded (once), else read from the file. */
export function fileText(file: Blob): Promise<string> {
  const text = decodedTexts.get(file);
  if (text === undefined) return file.text();
  decodedTexts.delete(file);
  return Promise.resolve(text);
}

// A downloaded dataset file that was parsed and validated as it arrived, until it is opened once.
const arrivedDatasets = new WeakMap<Blob, Dataset>();

/** The dataset a file's download validated as it arrived, if it did (once). */
export function takeArrivedDataset(file: Blob): Dataset | null {
  const dataset = arrivedDatasets.get(file) ?? null;
  arrivedDatasets.delete(file);
  return dataset;
}

/**
 * Downloads a dataset as a stream: stops at the size limit without buffering the rest (a
 * compressed response is counted as it unpacks), gives up when the server stalls, reports
 * progress, and refuses redirects (a cross-origin one would only fail later, without a reason).
 */
export async function downloadDataset(source: string, options: FetchOptions = {}): Promise<Download> {
  const url = resolveDatasetUrl(source);
  if (!url) return { ok: false, error: { kind: "origin", source } };
  const stallMs = options.stallTimeoutMs ?? STALL_TIMEOUT_MS;
  const controller = new AbortController();
  const cancel = () => controller.abort();
  options.signal?.addEventListener("abort", cancel, { once: true });
  let stalled = false;
  let timer = setTimeout(() => {
    stalled = true;
    controller.abort();
  }, stallMs);
  const resetTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  const failure = (error: unknown): Download => {
    if (stalled) return { ok: false, error: { kind: "timeout", source, seconds: Math.round(stallMs / 1000) } };
    if (controller.signal.aborted) return { ok: false, error: { kind: "cancelled", source } };
    return { ok: false, error: { kind: "network", source, message: (error as Error).message } };
  };
  performance.mark("fetch:start");
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: "manual" });
    if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)) {
      return { ok: false, error: { kind: "redirect", source } };
    }
    if (!response.ok) return { ok: false, error: { kind: "http", source, status: response.status } };
    // Single-page hosts answer unknown paths with the app's own index.html.
    if (response.headers.get("content-type")?.includes("text/html")) {
      return { ok: false, error: { kind: "not-json-file", source } };
    }
    const announced = Number(response.headers.get("content-length"));
    const compressed = Boolean(response.headers.get("content-encoding"));
    const total = Number.isFinite(announced) && announced > 0 && !compressed ? announced : null;
    if (total !== null && total > MAX_DATASET_BYTES) {
      controller.abort();
      return { ok: false, error: { kind: "too-large", source, bytes: total } };
    }
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    const decoder = new TextDecoder();
    const parts: string[] = [];
    const arrival = total !== null && total >= READ_ON_ARRIVAL_BYTES ? new DatasetOnArrival() : null;
    let received = 0;
    const reader = response.body?.getReader();
    if (!reader) return { ok: true, file: await response.blob() };
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      resetTimer();
      received += value.byteLength;
      if (received > MAX_DATASET_BYTES) {
        controller.abort();
        return { ok: false, error: { kind: "too-large", source, bytes: null } };
      }
      chunks.push(value);
      const text = decoder.decode(value, { stream: true });
      parts.push(text);
      arrival?.push(text);
      options.onProgress?.({ received, total });
    }
    const last = decoder.decode();
    parts.push(last);
    arrival?.push(last);
    const file = new Blob(chunks, { type: "application/json" });
    const dataset = arrival?.end();
    if (dataset) arrivedDatasets.set(file, dataset);
    else decodedTexts.set(file, parts.join(""));
    return { ok: true, file };
  } catch (error) {
    return failure(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", cancel);
    performance.measure("dataset:fetch", "fetch:start");
  }
}
