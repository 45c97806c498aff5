import { combineDatasets } from "./combine-datasets";
import { type DatasetLoadError, fileText, MAX_DATASET_BYTES, takeArrivedDataset } from "./download-dataset";
import { measured } from "./measured";
import { notADataset } from "./not-a-dataset";
import type { Dataset } from "./schema";
import { shorten, validateDataset } from "./validate-dataset";

/**
 * A dataset that passed validation, and the files it came from: one, or an archive's digest files
 * oldest first (other readers, such as the search index, read them too and combine them the same way).
 */
export interface ReadDataset {
  dataset: Dataset;
  files: readonly Blob[];
}

export type DatasetLoadResult = { ok: true; read: ReadDataset } | { ok: false; error: DatasetLoadError };
export type JsonRead = { ok: true; json: unknown } | { ok: false; error: DatasetLoadError };

/** Parses a file as JSON, refusing one past the size limit. */
export async function readJson(file: Blob, source: string): Promise<JsonRead> {
  if (file.size > MAX_DATASET_BYTES) return { ok: false, error: { kind: "too-large", source, bytes: file.size } };
  const text = await fileText(file);
  try {
    return { ok: true, json: measured("parse", () => JSON.parse(text)) };
  } catch (error) {
    // The engine's message quotes part of the text; keep it a line, whatever it quotes.
    return { ok: false, error: { kind: "json", source, message: shorten((error as Error).message, 240) } };
  }
}

/**
 * Validates parsed JSON as the dataset of `file`; a paper it lists in several digests becomes one
 * paper. Every way a dataset is opened (an address, a file from disk, an archive's digest) comes here.
 */
export function checkDataset(json: unknown, file: Blob, source: string): DatasetLoadResult {
  const found = notADataset(json);
  if (found) return { ok: false, error: { kind: "not-dataset", source, found } };
  const validation = measured("validate", () => validateDataset(json));
  return validation.ok
    ? { ok: true, read: { dataset: combineDatasets([validation.dataset]), files: [file] } }
    : { ok: false, error: { kind: "invalid", source, problems: validation.problems } };
}

/** The dataset its download parsed and validated as it arrived (see DatasetOnArrival), if it did. */
export function readOnArrival(file: Blob): ReadDataset | null {
  const dataset = takeArrivedDataset(file);
  return dataset ? { dataset: combineDatasets([dataset]), files: [file] } : null;
}

/** Parses and validates a dataset file, unless its download already did. */
export async function readDataset(file: Blob, source: string): Promise<DatasetLoadResult> {
  const arrived = readOnArrival(file);
  if (arrived) return { ok: true, read: arrived };
  const parsed = await readJson(file, source);
  return parsed.ok ? checkDataset(parsed.json, file, source) : parsed;
}
