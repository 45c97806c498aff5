import type { Paper } from "../dataset/schema";
import { type FieldContext, type FieldId, fieldText } from "../paper-fields/paper-fields";
import { toCsv } from "./csv";
import { markdownTable } from "./markdown-table";

/** The compared attributes, top to bottom; each paper's name heads its column. */
export const COMPARISON_FIELDS = [
  "title",
  "heading",
  "authors",
  "chapter",
  "institutions",
  "countries",
  "types",
  "modalities",
  "tasks",
  "kind",
  "published",
  "arxiv",
  "project",
  "code",
  "results",
  "summary",
] as const satisfies readonly FieldId[];

/** The comparison aligned as in the compare view: a header row of paper names, then one row per attribute. */
export function comparisonTable(papers: readonly Paper[], context: FieldContext) {
  const header = [context.labels.field("name"), ...papers.map((paper) => paper.name)];
  const rows = COMPARISON_FIELDS.map((field) => [
    context.labels.field(field),
    ...papers.map((paper) => fieldText(field, paper, context)),
  ]);
  return { header, rows };
}

export function comparisonToMarkdown(papers: readonly Paper[], context: FieldContext): string {
  const { header, rows } = comparisonTable(papers, context);
  return `${markdownTable(header, rows)}\n`;
}

export function comparisonToCsv(papers: readonly Paper[], context: FieldContext): string {
  const { header, rows } = comparisonTable(papers, context);
  return toCsv(header, rows);
}
