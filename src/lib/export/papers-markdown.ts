import type { Paper } from "../dataset/schema";
import type { ExportLabels } from "./export-labels";
import { type EntryOf, LIBRARY_EXPORT_FIELDS, libraryTextCells } from "./library-fields";
import { markdownLink, markdownTable } from "./markdown-table";

/** A Markdown table for notes, in the reader's language: one row per paper, in the given order. */
export function papersToMarkdown(papers: readonly Paper[], labels: ExportLabels, library?: EntryOf): string {
  const header = [
    labels.field("name"),
    labels.field(labels.language === "zh" ? "heading" : "title"),
    labels.field("chapter"),
    labels.field("institutions"),
    labels.field("modalities"),
    labels.field("kind"),
    labels.field("arxiv"),
    ...(library ? LIBRARY_EXPORT_FIELDS.map(labels.field) : []),
  ];
  const rows = papers.map((paper) => [
    paper.name,
    labels.language === "zh" ? paper.headingZh : (paper.title ?? paper.headingZh),
    labels.chapter(paper.chapter),
    paper.institutions.map(labels.institution).join(", "),
    paper.modalities.map(labels.modality).join(", "),
    labels.kind(paper.kind),
    paper.arxivId && paper.links.arxiv ? markdownLink(paper.arxivId, paper.links.arxiv) : "",
    ...(library ? libraryTextCells(library(paper), labels.language) : []),
  ]);
  return `${markdownTable(header, rows)}\n`;
}
