import type { DatasetIndexes } from "../dataset/dataset-indexes";
import type { Paper } from "../dataset/schema";
import { toCsv } from "./csv";
import { EXPORT_FIELDS, type ExportField, type ExportLabels } from "./export-labels";
import { markdownTable } from "./markdown-table";

type Lookups = Pick<DatasetIndexes, "institutionById">;

type ComparisonField = Exclude<ExportField, "name">;

/** The compared attributes, top to bottom: every export field but the name, which heads each column. */
export const COMPARISON_FIELDS = EXPORT_FIELDS.filter((field): field is ComparisonField => field !== "name");

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function value(paper: Paper, field: ComparisonField, labels: ExportLabels, lookups: Lookups) {
  const institutions = paper.institutions.map((id) => lookups.institutionById.get(id)).filter((i) => i !== undefined);
  switch (field) {
    case "title":
      return paper.title ?? "";
    case "heading":
      return paper.headingZh;
    case "chapter":
      return labels.chapter(paper.chapter);
    case "institutions":
      return paper.institutions.map(labels.institution).join(", ");
    case "countries":
      return unique(institutions.map((i) => labels.country(i.country))).join(", ");
    case "types":
      return unique(institutions.map((i) => labels.type(i.type))).join(", ");
    case "modalities":
      return paper.modalities.map(labels.modality).join(", ");
    case "tasks":
      return paper.tasks.join(", ");
    case "kind":
      return labels.kind(paper.kind);
    case "published":
      return paper.published ?? "";
    case "arxiv":
      return paper.links.arxiv ?? "";
    case "project":
      return paper.links.project ?? "";
    case "code":
      return paper.links.code ?? "";
    case "results":
      return paper.results.map((r) => `${r.metric}: ${r.value}${r.context ? ` (${r.context})` : ""}`).join("; ");
    case "summary":
      return labels.language === "zh" ? paper.summary.zh : paper.summary.en;
  }
}

/** The comparison aligned as in the compare view: a header row of paper names, then one row per attribute. */
export function comparisonTable(papers: readonly Paper[], labels: ExportLabels, lookups: Lookups) {
  const header = [labels.field("name"), ...papers.map((paper) => paper.name)];
  const rows = COMPARISON_FIELDS.map((field) => [
    labels.field(field),
    ...papers.map((paper) => value(paper, field, labels, lookups)),
  ]);
  return { header, rows };
}

export function comparisonToMarkdown(papers: readonly Paper[], labels: ExportLabels, lookups: Lookups): string {
  const { header, rows } = comparisonTable(papers, labels, lookups);
  return `${markdownTable(header, rows)}\n`;
}

export function comparisonToCsv(papers: readonly Paper[], labels: ExportLabels, lookups: Lookups): string {
  const { header, rows } = comparisonTable(papers, labels, lookups);
  return toCsv(header, rows);
}
