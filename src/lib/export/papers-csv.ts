import type { DatasetIndexes } from "../dataset/dataset-indexes";
import type { Paper } from "../dataset/schema";
import { toCsv } from "./csv";
import { type EntryOf, LIBRARY_EXPORT_FIELDS, libraryCsvCells } from "./library-fields";

type Lookups = Pick<DatasetIndexes, "chapterById" | "institutionById">;

/** Stable column keys (not translated) so formulas and scripts keep working whatever the UI language. */
export const PAPER_CSV_COLUMNS = [
  "id",
  "name",
  "title",
  "heading_zh",
  "chapter",
  "chapter_zh",
  "institutions",
  "institutions_zh",
  "countries",
  "institution_types",
  "modalities",
  "tasks",
  "kind",
  "published",
  "arxiv_id",
  "arxiv_url",
  "project_url",
  "code_url",
  "summary_en",
  "summary_zh",
] as const;

const LIST_SEPARATOR = "; ";

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * The papers as CSV, one row per paper in the given order, names in both languages; with
 * `library`, the reader's star, status, tags and note in four more columns.
 */
export function papersToCsv(
  papers: readonly Paper[],
  { chapterById, institutionById }: Lookups,
  library?: EntryOf,
): string {
  const rows = papers.map((paper) => {
    const chapter = chapterById.get(paper.chapter);
    const institutions = paper.institutions.map((id) => institutionById.get(id)).filter((i) => i !== undefined);
    return [
      paper.id,
      paper.name,
      paper.title ?? "",
      paper.headingZh,
      chapter?.nameEn ?? paper.chapter,
      chapter?.nameZh ?? "",
      institutions.map((i) => i.nameEn).join(LIST_SEPARATOR),
      institutions.map((i) => i.nameZh ?? i.nameEn).join(LIST_SEPARATOR),
      unique(institutions.map((i) => i.country)).join(LIST_SEPARATOR),
      unique(institutions.map((i) => i.type)).join(LIST_SEPARATOR),
      paper.modalities.join(LIST_SEPARATOR),
      paper.tasks.join(LIST_SEPARATOR),
      paper.kind,
      paper.published ?? "",
      paper.arxivId ?? "",
      paper.links.arxiv ?? "",
      paper.links.project ?? "",
      paper.links.code ?? "",
      paper.summary.en,
      paper.summary.zh,
      ...(library ? libraryCsvCells(library(paper), LIST_SEPARATOR) : []),
    ];
  });
  return toCsv(library ? [...PAPER_CSV_COLUMNS, ...LIBRARY_EXPORT_FIELDS] : PAPER_CSV_COLUMNS, rows);
}
