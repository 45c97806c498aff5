import type { Paper } from "../../lib/dataset/schema";

export const ROW_KEYS = [
  "chapter",
  "institutions",
  "modalities",
  "tasks",
  "kind",
  "published",
  "results",
  "summary",
  "links",
] as const;
export type RowKey = (typeof ROW_KEYS)[number];

/** Rows of labelled values, where a value found in every paper is worth marking as shared. */
export const SET_ROWS: ReadonlySet<RowKey> = new Set([
  "chapter",
  "institutions",
  "modalities",
  "tasks",
  "kind",
  "published",
]);

export interface CompareRow {
  key: RowKey;
  /** Values in every compared paper; empty with fewer than two papers. */
  shared: ReadonlySet<string>;
  /** Every paper has the same values (order aside). Never true for a single paper. */
  identical: boolean;
}

function valuesOf(paper: Paper, key: RowKey, language: "en" | "zh"): string[] {
  switch (key) {
    case "chapter":
      return [paper.chapter];
    case "kind":
      return [paper.kind];
    case "published":
      return paper.published ? [paper.published] : [];
    case "institutions":
      return paper.institutions;
    case "modalities":
      return paper.modalities;
    case "tasks":
      return paper.tasks;
    case "results":
      return paper.results.map((r) => `${r.value}\u0000${r.metric}\u0000${r.context ?? ""}`);
    case "summary":
      return [paper.summary[language]];
    case "links":
      return [paper.links.arxiv, paper.links.project, paper.links.code, ...paper.links.other].filter(
        (link): link is string => link !== null,
      );
  }
}

/** What the value lists have in common: the values in all of them, and whether they are all the same set. */
export function compareValues(lists: readonly (readonly string[])[]): { shared: Set<string>; identical: boolean } {
  const [first, ...rest] = lists;
  if (!first || rest.length === 0) return { shared: new Set(), identical: false };
  const shared = new Set(first.filter((value) => rest.every((list) => list.includes(value))));
  const firstSet = new Set(first);
  const identical = rest.every((list) => {
    const set = new Set(list);
    return set.size === firstSet.size && [...set].every((value) => firstSet.has(value));
  });
  return { shared, identical };
}

export function compareRows(papers: readonly Paper[], language: "en" | "zh"): CompareRow[] {
  return ROW_KEYS.map((key) => ({ key, ...compareValues(papers.map((paper) => valuesOf(paper, key, language))) }));
}
