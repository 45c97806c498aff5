import type { DatasetIndexes } from "../dataset/dataset-indexes";
import type { Dataset, Paper } from "../dataset/schema";
import { comparisonToCsv, comparisonToMarkdown } from "./comparison";
import type { DownloadFile } from "./download";
import type { ExportLabels } from "./export-labels";
import type { ComparisonFormat, PaperFormat } from "./formats";
import type { EntryOf } from "./library-fields";
import { papersToBibtex } from "./papers-bibtex";
import { papersToCsv } from "./papers-csv";
import { papersToJson } from "./papers-json";
import { papersToMarkdown } from "./papers-markdown";

export type ExportFile = DownloadFile;

const FILE_TYPES: Record<PaperFormat, { extension: string; type: string }> = {
  csv: { extension: "csv", type: "text/csv" },
  json: { extension: "json", type: "application/json" },
  bibtex: { extension: "bib", type: "application/x-bibtex" },
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

export function paperExportFile(
  format: PaperFormat,
  papers: readonly Paper[],
  { dataset, indexes }: ExportSource,
  labels: ExportLabels,
  /** The reader's library, when they asked for their star, status, tags and note to be included. */
  library?: EntryOf,
): ExportFile {
  const name = fileName(baseName("papers", dataset), format);
  const type = FILE_TYPES[format].type;
  switch (format) {
    case "csv":
      return { name, type, text: papersToCsv(papers, indexes, library) };
    case "json":
      return { name, type, text: papersToJson(papers, dataset, library) };
    case "bibtex":
      return { name, type, text: papersToBibtex(papers, indexes, library) };
    case "markdown":
      return { name, type, text: papersToMarkdown(papers, labels, library) };
  }
}

export function comparisonExportFile(
  format: ComparisonFormat,
  papers: readonly Paper[],
  { dataset, indexes }: ExportSource,
  labels: ExportLabels,
): ExportFile {
  const name = fileName(baseName("comparison", dataset), format);
  const type = FILE_TYPES[format].type;
  const text =
    format === "csv" ? comparisonToCsv(papers, labels, indexes) : comparisonToMarkdown(papers, labels, indexes);
  return { name, type, text };
}
