import { MAX_COMPARE } from "../../lib/compare-tray/compare-tray-store";
import type { DatasetIndexes } from "../../lib/dataset/dataset-indexes";
import type { DecodedComparison } from "../../lib/view/comparison-search";

export const MIN_COMPARE = 2;

export type ComparisonProblem =
  | { kind: "invalid" | "repeated" | "unknown"; values: string[] }
  /** `hide` values other than `same`; every row is shown. */
  | { kind: "hide"; values: string[] }
  /** Paper positions beyond the first four, in the order they were asked for. */
  | { kind: "tooMany"; papers: number[] }
  /** Fewer than two papers are left to compare; `papers` are the ones that are. */
  | { kind: "tooFew"; papers: number[] };

export interface Comparison {
  /** Whether the URL asked for any papers at all (none is an empty page, not an error). */
  asked: boolean;
  /** Every known paper asked for, once each, in URL order (positions in `dataset.papers`). */
  requested: number[];
  /** The columns: the first four of `requested`. */
  shown: number[];
  problems: ComparisonProblem[];
}

/**
 * Reads `?ids=` (and `hide`) leniently: ids may be paper ids or arXiv ids; malformed, repeated and unknown ids
 * are reported by name and left out, and whatever still makes a comparison is kept.
 */
export function resolveComparison(decoded: DecodedComparison, indexes: DatasetIndexes): Comparison {
  const idProblems = decoded.problems.filter((p) => p.param === "ids");
  const invalid = idProblems.filter((p) => p.reason === "invalid").map((p) => p.value);
  const repeated = idProblems.filter((p) => p.reason === "repeated").map((p) => p.value);
  const hide = decoded.problems.filter((p) => p.param === "hide").map((p) => p.value);
  const unknown: string[] = [];
  const requested: number[] = [];
  for (const id of decoded.ids ?? []) {
    const index = indexes.paperIndexById.get(id) ?? indexes.paperIndexByArxivId.get(id);
    if (index === undefined) unknown.push(id);
    // The same paper by its id and by its arXiv id.
    else if (requested.includes(index)) repeated.push(id);
    else requested.push(index);
  }

  const problems: ComparisonProblem[] = [];
  if (invalid.length > 0) problems.push({ kind: "invalid", values: invalid });
  if (repeated.length > 0) problems.push({ kind: "repeated", values: [...new Set(repeated)] });
  if (unknown.length > 0) problems.push({ kind: "unknown", values: unknown });
  if (hide.length > 0) problems.push({ kind: "hide", values: hide });
  const shown = requested.slice(0, MAX_COMPARE);
  if (requested.length > MAX_COMPARE) problems.push({ kind: "tooMany", papers: requested.slice(MAX_COMPARE) });
  const asked = decoded.ids !== null;
  if (asked && shown.length < MIN_COMPARE) problems.push({ kind: "tooFew", papers: shown });
  return { asked, requested, shown, problems };
}
