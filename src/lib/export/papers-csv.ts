import type { DatasetIndexes } from "../dataset/dataset-indexes";
import type { Dataset, Paper } from "../dataset/schema";
import { labelsFor } from "../labels/labels";
import type { Language } from "../locale/locale";
import { type FieldContext, type FieldId, fieldText, fieldValues } from "../paper-fields/paper-fields";
import { toCsv } from "./csv";
import { type EntryOf, LIBRARY_EXPORT_FIELDS, libraryCsvCells } from "./library-fields";

interface CsvColumn {
  /** A stable column name (not translated), so formulas and scripts keep working whatever the UI language. */
  key: string;
  field: FieldId;
  /** Names in this language; `raw` writes the data's own values (codes, slugs) instead of names. */
  as: Language | "raw";
}

const CSV_COLUMNS: readonly CsvColumn[] = [
  { key: "id", field: "id", as: "raw" },
  { key: "name", field: "name", as: "raw" },
  { key: "title", field: "title", as: "raw" },
  { key: "heading_zh", field: "heading", as: "raw" },
  { key: "authors", field: "authors", as: "raw" },
  { key: "chapter", field: "chapter", as: "en" },
  { key: "chapter_zh", field: "chapter", as: "zh" },
  { key: "institutions", field: "institutions", as: "en" },
  { key: "institutions_zh", field: "institutions", as: "zh" },
  { key: "countries", field: "countries", as: "raw" },
  { key: "institution_types", field: "types", as: "raw" },
  { key: "modalities", field: "modalities", as: "raw" },
  { key: "tasks", field: "tasks", as: "raw" },
  { key: "kind", field: "kind", as: "raw" },
  { key: "published", field: "published", as: "raw" },
  { key: "arxiv_id", field: "arxivId", as: "raw" },
  { key: "arxiv_url", field: "arxiv", as: "raw" },
  { key: "project_url", field: "project", as: "raw" },
  { key: "code_url", field: "code", as: "raw" },
  { key: "summary_en", field: "summary", as: "en" },
  { key: "summary_zh", field: "summary", as: "zh" },
];

export const PAPER_CSV_COLUMNS = CSV_COLUMNS.map((column) => column.key);

const LIST_SEPARATOR = "; ";

/**
 * The papers as CSV, one row per paper in the given order, names in both languages; with
 * `library`, the reader's star, status, tags and note in four more columns.
 */
export function papersToCsv(
  papers: readonly Paper[],
  dataset: Dataset,
  { institutionById }: Pick<DatasetIndexes, "institutionById">,
  library?: EntryOf,
): string {
  const contexts: Record<Language, FieldContext> = {
    en: { labels: labelsFor(dataset, "en"), institutionById },
    zh: { labels: labelsFor(dataset, "zh"), institutionById },
  };
  const rows = papers.map((paper) => [
    ...CSV_COLUMNS.map(({ field, as }) =>
      as === "raw"
        ? fieldValues(field, paper, contexts.en).join(LIST_SEPARATOR)
        : fieldText(field, paper, contexts[as], LIST_SEPARATOR),
    ),
    ...(library ? libraryCsvCells(library(paper), LIST_SEPARATOR) : []),
  ]);
  return toCsv(library ? [...PAPER_CSV_COLUMNS, ...LIBRARY_EXPORT_FIELDS] : PAPER_CSV_COLUMNS, rows);
}
