import type { Paper } from "../dataset/schema";
import { localeFor } from "../locale/locale";
import { type FieldContext, type FieldId, fieldText, subtitle } from "../paper-fields/paper-fields";
import { type EntryOf, libraryFieldNames, libraryTextCells } from "./library-fields";
import { markdownLink, markdownTable } from "./markdown-table";

/**
 * A Markdown table for notes, in the reader's language: one row per paper, in the given order;
 * with `library`, the reader's star, status, tags and note too.
 */
export function papersToMarkdown(papers: readonly Paper[], context: FieldContext, library?: EntryOf): string {
  const { labels } = context;
  // The line under the name is the English title, or the Chinese heading for a Chinese reader.
  const subtitleField = localeFor(labels.language).pick<FieldId>("title", "heading");
  const fields = ["chapter", "institutions", "modalities", "kind"] as const satisfies readonly FieldId[];
  const header = [
    labels.field("name"),
    labels.field(subtitleField),
    ...fields.map(labels.field),
    labels.field("arxiv"),
    ...(library ? libraryFieldNames(labels.language) : []),
  ];
  const rows = papers.map((paper) => [
    paper.name,
    subtitle(paper, labels),
    ...fields.map((field) => fieldText(field, paper, context)),
    paper.arxivId && paper.links.arxiv ? markdownLink(paper.arxivId, paper.links.arxiv) : "",
    ...(library ? libraryTextCells(library(paper), labels.language) : []),
  ]);
  return `${markdownTable(header, rows)}\n`;
}
