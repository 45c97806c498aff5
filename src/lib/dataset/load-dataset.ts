import { type DatasetLoadError, MAX_DATASET_BYTES } from "./download-dataset";
import type { Dataset } from "./schema";
import { validateDataset } from "./validate-dataset";

/** A dataset that passed validation, and the file it came from (other readers, such as the search index, read it too). */
export interface ReadDataset {
  dataset: Dataset;
  file: Blob;
}

export type DatasetLoadResult = { ok: true; read: ReadDataset } | { ok: false; error: DatasetLoadError };

/** Runs `work` between two performance marks, so the benchmark can report each loading phase. */
export function measured<T>(phase: string, work: () => T): T {
  performance.mark(`${phase}:start`);
  try {
    return work();
  } finally {
    performance.measure(`dataset:${phase}`, `${phase}:start`);
  }
}

/** Parses and validates a dataset file. */
export async function readDataset(file: Blob, source: string): Promise<DatasetLoadResult> {
  if (file.size > MAX_DATASET_BYTES) return { ok: false, error: { kind: "too-large", source, bytes: file.size } };
  const text = await file.text();
  let json: unknown;
  try {
    json = measured("parse", () => JSON.parse(text));
  } catch (error) {
    return { ok: false, error: { kind: "json", source, message: (error as Error).message } };
  }
  const validation = measured("validate", () => validateDataset(json));
  return validation.ok
    ? { ok: true, read: { dataset: validation.dataset, file } }
    : { ok: false, error: { kind: "invalid", source, problems: validation.problems } };
}
