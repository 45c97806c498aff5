import type { DatasetIndexes } from "../dataset/dataset-indexes";
import type { Dataset, Paper } from "../dataset/schema";
import type { Labels } from "../labels/labels";
import type { FieldContext } from "../paper-fields/paper-fields";
import { comparisonToCsv, comparisonToMarkdown } from "./comparison";
import type { DownloadFile } from "./download";
import type { ComparisonFormat, PaperFormat } from "./formats";
import type { EntryOf } from "./library-fields";
import { papersToBibtex } from "./papers-bibtex";
import { papersToCsl } from "./papers-csl";
import { papersToCsv } from "./papers-csv";
import { papersToJson } from "./papers-json";
import { papersToMarkdown } from "./papers-markdown";
import { papersToRis } from "./papers-ris";

export type ExportFile = DownloadFile;

const FILE_TYPES: Record<PaperFormat, { extension: string; type: string }> = {
  csv: { extension: "csv", type: "text/csv" },
  json: { extension: "json", type: "application/json" },
  bibtex: { extension: "bib", type: "application/x-bibtex" },
  ris: { extension: "ris", type: "application/x-research-info-systems" },
  // Its own double extension, so it never takes the name of the dataset file.
  csl: { extension: "csl.json", type: "application/vnd.citationstyles.csl+json" },
  markdown: { extension: "md", type: "text/markdown" },
};

export interface ExportSource {
  dataset: Dataset;
  indexes: Pick<DatasetIndexes, "chapterById" | "institutionById">;
}

function fileName(base: string, format: PaperFormat): string {
  return `${base}.${FILE_TYPES[format].extension}`;
}

/** Names exports after the digest month, e.g. `papers-2024-04.csv`, so files from different months do not clash. */
function baseName(prefix: string, dataset: Dataset): string {
  const month = dataset.source.digests[0]?.id;
  return month ? `${prefix}-${month}` : prefix;
}

function contextOf(labels: Labels, { indexes }: ExportSource): FieldContext {
  return { labels, institutionById: indexes.institutionById };
}

export function paperExportFile(
  format: PaperFormat,
  papers: readonly Paper[],
  source: ExportSource,
  labels: Labels,
  /** The reader's library, when they asked for their star, status, tags and note to be included. */
  library?: EntryOf,
): ExportFile {
  const { dataset, indexes } = source;
  const name = fileName(baseName("papers", dataset), format);
  const type = FILE_TYPES[format].type;
  switch (format) {
    case "csv":
      return { name, type, text: papersToCsv(papers, dataset, indexes, library) };
    case "json":
      return { name, type, text: papersToJson(papers, dataset, library) };
    case "bibtex":
      return { name, type, text: papersToBibtex(papers, indexes, library) };
    case "ris":
      return { name, type, text: papersToRis(papers, library) };
    case "csl":
      return { name, type, text: papersToCsl(papers, library) };
    case "markdown":
      return { name, type, text: papersToMarkdown(papers, contextOf(labels, source), library) };
  }
}

export function comparisonExportFile(
  format: ComparisonFormat,
  papers: readonly Paper[],
  source: ExportSource,
  labels: Labels,
): ExportFile {
  const name = fileName(baseName("comparison", source.dataset), format);
  const type = FILE_TYPES[format].type;
  const context = contextOf(labels, source);
  const text = format === "csv" ? comparisonToCsv(papers, context) : comparisonToMarkdown(papers, context);
  return { name, type, text };
}
