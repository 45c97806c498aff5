import type { DatasetIndexes } from "../../lib/dataset/dataset-indexes";
import type { Dataset } from "../../lib/dataset/schema";
import type { FilterParam } from "../../lib/filters/filters";

export interface Count {
  value: string;
  count: number;
}

/**
 * Calls `visit` with the code of each value of a filter that one paper carries, each code once
 * (an institution-level value shared by two of the paper's institutions is one value of the paper).
 * `seen` holds one slot per code, -1 at first; it is what makes each code once, across calls.
 */
export function eachValueCode(
  indexes: DatasetIndexes,
  param: FilterParam,
  paper: number,
  seen: Int32Array,
  visit: (code: number) => void,
): void {
  const index = indexes.filters;
  const values = index.byParam[param];
  const once = (code: number) => {
    if (seen[code] === paper) return;
    seen[code] = paper;
    visit(code);
  };
  if (values.level === "paper") {
    for (let k = values.offsets[paper] as number; k < (values.offsets[paper + 1] as number); k++) {
      once(values.codes[k] as number);
    }
  } else {
    const { institutionOffsets, institutions } = index;
    for (let k = institutionOffsets[paper] as number; k < (institutionOffsets[paper + 1] as number); k++) {
      once(values.codeOfInstitution[institutions[k] as number] as number);
    }
  }
}

/** A slot per value code of a filter, for `eachValueCode`. */
export function seenCodes(indexes: DatasetIndexes, param: FilterParam): Int32Array {
  return new Int32Array(indexes.filters.byParam[param].values.length).fill(-1);
}

/**
 * How many of the given papers carry each value of a filter, most first (ties in first-seen
 * order). An institution-level value counts a paper once however many of its institutions have it.
 */
export function countFacet(rows: ArrayLike<number>, indexes: DatasetIndexes, param: FilterParam): Count[] {
  const values = indexes.filters.byParam[param];
  const tally = new Uint32Array(values.values.length);
  const seen = seenCodes(indexes, param);
  for (let r = 0; r < rows.length; r++) {
    eachValueCode(indexes, param, rows[r] as number, seen, (code) => {
      tally[code] = (tally[code] as number) + 1;
    });
  }
  const counts: Count[] = [];
  tally.forEach((n, code) => {
    if (n > 0) counts.push({ value: values.values[code] as string, count: n });
  });
  return counts.sort((a, b) => b.count - a.count);
}

/** Papers per chapter in the digest's chapter order, chapters without papers left out. */
export function chapterCounts(rows: ArrayLike<number>, dataset: Dataset, indexes: DatasetIndexes): Count[] {
  const counts = new Map(countFacet(rows, indexes, "chapter").map((c) => [c.value, c.count]));
  return [...dataset.chapters]
    .sort((a, b) => a.number - b.number)
    .flatMap((chapter) => {
      const count = counts.get(chapter.id);
      return count ? [{ value: chapter.id, count }] : [];
    });
}

export interface InstitutionCount extends Count {
  byChapter: Map<string, number>;
}

/** The institutions with the most papers, each split by chapter. */
export function topInstitutions(
  rows: ArrayLike<number>,
  dataset: Dataset,
  indexes: DatasetIndexes,
  limit: number,
): InstitutionCount[] {
  const top = countFacet(rows, indexes, "inst").slice(0, limit);
  const wanted = new Set(top.map((t) => t.value));
  const byInstitution = new Map(top.map((t) => [t.value, new Map<string, number>()]));
  for (let r = 0; r < rows.length; r++) {
    const paper = dataset.papers[rows[r] as number];
    if (!paper) continue;
    for (const id of new Set(paper.institutions)) {
      if (!wanted.has(id)) continue;
      const split = byInstitution.get(id);
      split?.set(paper.chapter, (split.get(paper.chapter) ?? 0) + 1);
    }
  }
  return top.map((t) => ({ ...t, byChapter: byInstitution.get(t.value) ?? new Map() }));
}

/** Papers with both an academic and an industry institution: the overlap of the two sector bars. */
export function countBothSectors(rows: ArrayLike<number>, indexes: DatasetIndexes): number {
  const { institutionOffsets, institutions } = indexes.filters;
  const types = indexes.filters.byParam.type;
  if (types.level !== "institution") return 0;
  let both = 0;
  for (let r = 0; r < rows.length; r++) {
    const paper = rows[r] as number;
    const seen = new Set<number>();
    for (let k = institutionOffsets[paper] as number; k < (institutionOffsets[paper + 1] as number); k++) {
      seen.add(types.codeOfInstitution[institutions[k] as number] as number);
    }
    if (seen.size > 1) both++;
  }
  return both;
}
