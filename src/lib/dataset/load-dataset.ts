import type { Dataset } from "./schema";
import { type DatasetProblem, validateDataset } from "./validate-dataset";

export type DatasetLoadError =
  | { kind: "origin"; source: string }
  | { kind: "network"; source: string; message: string }
  | { kind: "http"; source: string; status: number }
  | { kind: "not-json-file"; source: string }
  | { kind: "json"; source: string; message: string }
  | { kind: "too-large"; source: string; bytes: number }
  | { kind: "invalid"; source: string; problems: DatasetProblem[] };

export type DatasetLoadResult = { ok: true; dataset: Dataset; text: string } | { ok: false; error: DatasetLoadError };

export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

/**
 * The app fetches datasets from its own origin only (the Content-Security-Policy says the same);
 * anything else must be downloaded and opened as a local file.
 */
export function resolveDatasetUrl(source: string, base = window.location.href): URL | null {
  try {
    const url = new URL(source, base);
    const sameOrigin = url.origin === new URL(base).origin;
    return sameOrigin && (url.protocol === "http:" || url.protocol === "https:") ? url : null;
  } catch {
    return null;
  }
}

/** Runs `work` between two performance marks, so the benchmark can report each loading phase. */
export function measured<T>(phase: string, work: () => T): T {
  performance.mark(`${phase}:start`);
  try {
    return work();
  } finally {
    performance.measure(`dataset:${phase}`, `${phase}:start`);
  }
}

export function parseDatasetText(text: string, source: string): DatasetLoadResult {
  let json: unknown;
  try {
    json = measured("parse", () => JSON.parse(text));
  } catch (error) {
    return { ok: false, error: { kind: "json", source, message: (error as Error).message } };
  }
  const validation = measured("validate", () => validateDataset(json));
  return validation.ok
    ? { ok: true, dataset: validation.dataset, text }
    : { ok: false, error: { kind: "invalid", source, problems: validation.problems } };
}

export async function fetchDataset(source: string): Promise<DatasetLoadResult> {
  const url = resolveDatasetUrl(source);
  if (!url) return { ok: false, error: { kind: "origin", source } };
  let response: Response;
  let text: string;
  performance.mark("fetch:start");
  try {
    response = await fetch(url);
    if (!response.ok) return { ok: false, error: { kind: "http", source, status: response.status } };
    // Single-page hosts answer unknown paths with the app's own index.html.
    if (response.headers.get("content-type")?.includes("text/html")) {
      return { ok: false, error: { kind: "not-json-file", source } };
    }
    text = await response.text();
  } catch (error) {
    return { ok: false, error: { kind: "network", source, message: (error as Error).message } };
  } finally {
    performance.measure("dataset:fetch", "fetch:start");
  }
  if (text.length > MAX_DATASET_BYTES) return { ok: false, error: { kind: "too-large", source, bytes: text.length } };
  return parseDatasetText(text, source);
}

export async function readDatasetFile(file: File): Promise<DatasetLoadResult> {
  if (file.size > MAX_DATASET_BYTES)
    return { ok: false, error: { kind: "too-large", source: file.name, bytes: file.size } };
  return parseDatasetText(await file.text(), file.name);
}
