import type { Paper } from "../../lib/dataset/schema";
import { type FieldContext, type FieldId, fieldValues } from "../../lib/paper-fields/paper-fields";

/** The comparison's rows, top to bottom. */
export const ROW_KEYS = [
  "authors",
  "chapter",
  "institutions",
  "modalities",
  "tasks",
  "kind",
  "published",
  "results",
  "summary",
  "links",
] as const satisfies readonly FieldId[];
export type RowKey = (typeof ROW_KEYS)[number];

export interface CompareRow {
  key: RowKey;
  /** Values in every compared paper; empty with fewer than two papers. */
  shared: ReadonlySet<string>;
  /** Every paper has the same values (order aside). Never true for a single paper. */
  identical: boolean;
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

export function compareRows(papers: readonly Paper[], context: FieldContext): CompareRow[] {
  return ROW_KEYS.map((key) => ({
    key,
    ...compareValues(papers.map((paper) => fieldValues(key, paper, context))),
  }));
}
