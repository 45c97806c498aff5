import type { Paper } from "../dataset/schema";
import type { ExportLabels } from "./export-labels";
import { markdownLink, markdownTable } from "./markdown-table";

/** A Markdown table for notes, in the reader's language: one row per paper, in the given order. */
export function papersToMarkdown(papers: readonly Paper[], labels: ExportLabels): string {
  const header = [
    labels.field("name"),
    labels.field(labels.language === "zh" ? "heading" : "title"),
    labels.field("chapter"),
    labels.field("institutions"),
    labels.field("modalities"),
    labels.field("kind"),
    labels.field("arxiv"),
  ];
  const rows = papers.map((paper) => [
    paper.name,
    labels.language === "zh" ? paper.headingZh : (paper.title ?? paper.headingZh),
    labels.chapter(paper.chapter),
    paper.institutions.map(labels.institution).join(", "),
    paper.modalities.map(labels.modality).join(", "),
    labels.kind(paper.kind),
    paper.arxivId && paper.links.arxiv ? markdownLink(paper.arxivId, paper.links.arxiv) : "",
  ]);
  return `${markdownTable(header, rows)}\n`;
}
