import * as v from "valibot";
import { byMonth, type Catalog, type CatalogEntry, catalogSchema, requestOrder } from "./catalog";
import { combineDatasets } from "./combine-datasets";
import {
  type DatasetLoadError,
  type Download,
  downloadDataset,
  type FetchOptions,
  type LoadProgress,
  relativeDatasetSource,
} from "./download-dataset";
import { type DatasetLoadResult, type ReadDataset, readDataset } from "./load-dataset";
import type { Dataset } from "./schema";
import { combinedProblems, issueProblems } from "./validate-dataset";

export type CatalogRead = { ok: true; catalog: Catalog } | { ok: false; error: DatasetLoadError };

/** Validates parsed JSON as a catalog. */
export function checkCatalog(json: unknown, source: string): CatalogRead {
  const parsed = v.safeParse(catalogSchema, json);
  if (parsed.success) return { ok: true, catalog: parsed.output };
  return {
    ok: false,
    error: {
      kind: "invalid",
      source,
      problems: issueProblems(parsed.issues),
    },
  };
}

/** How far an archive's files have come: bytes over all of them, and how many are read. */
export interface ArchiveProgress extends LoadProgress {
  filesDone: number;
  filesTotal: number;
}

export interface ArchiveOptions extends Pick<FetchOptions, "signal"> {
  /** Digest ids the view names: their files are requested first. */
  first: readonly string[];
  onProgress?: (progress: ArchiveProgress) => void;
  /** How a file is downloaded: `downloadDataset`, unless the page started some already. */
  download?: (source: string, options: FetchOptions) => Promise<Download>;
}

/** The archive as one dataset, and the digest files that could not be read (the others are shown without them). */
export type ArchiveRead =
  | { ok: true; read: ReadDataset; missing: DatasetLoadError[] }
  | { ok: false; error: DatasetLoadError };

/**
 * Downloads and reads every digest file a catalog lists, all at once, those the view names first.
 * A file that cannot be read is left out and reported; with none readable, the first failure is the
 * answer. The files that open are combined into one dataset (combine-datasets.ts).
 */
export async function readArchive(catalog: Catalog, source: string, options: ArchiveOptions): Promise<ArchiveRead> {
  const entries = byMonth(catalog.digests);
  const progress = entries.map((): LoadProgress => ({ received: 0, total: null }));
  let filesDone = 0;
  const report = () => {
    const totals = progress.map((p) => p.total);
    options.onProgress?.({
      received: progress.reduce((sum, p) => sum + p.received, 0),
      total: totals.every((t) => t !== null) ? totals.reduce((sum: number, t) => sum + (t ?? 0), 0) : null,
      filesDone,
      filesTotal: entries.length,
    });
  };
  const readOne = async (entry: CatalogEntry): Promise<DatasetLoadResult> => {
    const at = entries.indexOf(entry);
    const fileSource = relativeDatasetSource(source, entry.file);
    const download = await (options.download ?? downloadDataset)(fileSource, {
      signal: options.signal,
      onProgress: (next) => {
        progress[at] = next;
        report();
      },
    });
    const result = download.ok ? await readDataset(download.file, fileSource) : download;
    filesDone++;
    report();
    return result;
  };
  const pending = new Map(requestOrder(entries, options.first).map((entry) => [entry, readOne(entry)]));
  const results = await Promise.all(entries.map((entry) => pending.get(entry) as Promise<DatasetLoadResult>));
  const opened = results.flatMap((result) => (result.ok ? [result.read] : []));
  const missing = results.flatMap((result) => (result.ok ? [] : [result.error]));
  const [first, ...rest] = opened;
  if (!first) return { ok: false, error: missing[0] ?? { kind: "invalid", source, problems: [] } };
  const datasets: [Dataset, ...Dataset[]] = [first.dataset, ...rest.map((read) => read.dataset)];
  const dataset = combineDatasets(datasets);
  const problems = combinedProblems(dataset);
  if (problems.length > 0) return { ok: false, error: { kind: "invalid", source, problems } };
  return { ok: true, read: { dataset, files: opened.flatMap((read) => read.files) }, missing };
}
