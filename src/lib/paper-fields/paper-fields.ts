import { paperDigests } from "../dataset/paper-digests";
import type { Institution, InstitutionType, Modality, Paper, PaperKind, PaperResult } from "../dataset/schema";
import type { Labels } from "../labels/labels";
import { localeFor } from "../locale/locale";
import type { FieldId } from "./field-names";

export type { FieldId } from "./field-names";

/** What reading a field needs besides the paper: names in the reader's language, and the dataset's institutions. */
export interface FieldContext {
  labels: Labels;
  institutionById: ReadonlyMap<string, Institution>;
}

interface FieldSpec {
  /** The paper's values as the data holds them (ids, codes or text), in the paper's order. */
  values: (paper: Paper, context: FieldContext) => readonly string[];
  /** One value's name for a reader; without it a value reads as it is. */
  label?: (value: string, labels: Labels) => string;
  /** How the values run together as one line of text. */
  separator?: string;
  /** Short values that a comparison marks as shared when every paper has them (the rest is free text). */
  tags?: boolean;
}

const one = (value: string | null): readonly string[] => (value === null ? [] : [value]);
const unique = (values: readonly string[]): string[] => [...new Set(values)];
const institutionsOf = (paper: Paper, { institutionById }: FieldContext) =>
  paper.institutions.map((id) => institutionById.get(id)).filter((institution) => institution !== undefined);

/** A reported number as one line: `speedup: 10x (mask covers 10% of the image)`. */
export function resultText(result: PaperResult): string {
  return `${result.metric}: ${result.value}${result.context ? ` (${result.context})` : ""}`;
}

/**
 * Every field of a paper that the app shows or exports, declared once: how its values are read,
 * how a value is named and how the values read as text. Its name is `labels.field(id)`.
 */
export const PAPER_FIELDS: Record<FieldId, FieldSpec> = {
  id: { values: (paper) => [paper.id] },
  name: { values: (paper) => [paper.name] },
  title: { values: (paper) => one(paper.title) },
  heading: { values: (paper) => [paper.headingZh] },
  authors: { values: (paper) => paper.authors },
  chapter: { values: (paper) => [paper.chapter], label: (value, labels) => labels.chapter(value), tags: true },
  institutions: {
    values: (paper) => paper.institutions,
    label: (value, labels) => labels.institution(value),
    tags: true,
  },
  countries: {
    values: (paper, context) => unique(institutionsOf(paper, context).map((institution) => institution.country)),
    label: (value, labels) => labels.country(value),
    tags: true,
  },
  types: {
    values: (paper, context) => unique(institutionsOf(paper, context).map((institution) => institution.type)),
    label: (value, labels) => labels.type(value as InstitutionType),
    tags: true,
  },
  modalities: {
    values: (paper) => paper.modalities,
    label: (value, labels) => labels.modality(value as Modality),
    tags: true,
  },
  tasks: { values: (paper) => paper.tasks, label: (value, labels) => labels.task(value), tags: true },
  kind: { values: (paper) => [paper.kind], label: (value, labels) => labels.kind(value as PaperKind), tags: true },
  published: { values: (paper) => one(paper.published), tags: true },
  digest: { values: paperDigests, label: (value, labels) => labels.digest(value) },
  arxivId: { values: (paper) => one(paper.arxivId) },
  arxiv: { values: (paper) => one(paper.links.arxiv) },
  project: { values: (paper) => one(paper.links.project) },
  code: { values: (paper) => one(paper.links.code) },
  links: {
    values: (paper) => [
      ...one(paper.links.arxiv),
      ...one(paper.links.project),
      ...one(paper.links.code),
      ...paper.links.other,
    ],
  },
  results: { values: (paper) => paper.results.map(resultText), separator: "; " },
  summary: { values: (paper, { labels }) => [paper.summary[labels.language]] },
};

export function fieldValues(id: FieldId, paper: Paper, context: FieldContext): readonly string[] {
  return PAPER_FIELDS[id].values(paper, context);
}

/** One value of a field as the reader sees it. */
export function valueLabel(id: FieldId, value: string, labels: Labels): string {
  return PAPER_FIELDS[id].label?.(value, labels) ?? value;
}

/** The field as one line of text, for exports and plain display; "" when the paper has no value. */
export function fieldText(id: FieldId, paper: Paper, context: FieldContext, separator?: string): string {
  return fieldValues(id, paper, context)
    .map((value) => valueLabel(id, value, context.labels))
    .join(separator ?? PAPER_FIELDS[id].separator ?? ", ");
}

/** Whether a comparison marks the field's shared values. */
export function isTagField(id: FieldId): boolean {
  return PAPER_FIELDS[id].tags === true;
}

/** The line under a paper's name: its English title, or its Chinese heading for a Chinese reader (and without a title). */
export function subtitle(paper: Paper, labels: Labels): string {
  return localeFor(labels.language).pick(paper.title ?? paper.headingZh, paper.headingZh);
}
