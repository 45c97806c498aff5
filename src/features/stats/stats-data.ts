import type { DatasetIndexes } from "../../lib/dataset/dataset-indexes";
import type { Dataset } from "../../lib/dataset/schema";
import type { FilterParam } from "../../lib/filters/filters";

export interface Count {
  value: string;
  count: number;
}

/**
 * How many of the given papers carry each value of a filter, most first (ties in first-seen
 * order). An institution-level value counts a paper once however many of its institutions have it.
 */
export function countFacet(rows: ArrayLike<number>, indexes: DatasetIndexes, param: FilterParam): Count[] {
  const index = indexes.filters;
  const values = index.byParam[param];
  const tally = new Uint32Array(values.values.length);
  const seen = new Int32Array(values.values.length).fill(-1);
  const count = (paper: number, code: number) => {
    if (seen[code] === paper) return;
    seen[code] = paper;
    tally[code] = (tally[code] as number) + 1;
  };
  for (let r = 0; r < rows.length; r++) {
    const paper = rows[r] as number;
    if (values.level === "paper") {
      for (let k = values.offsets[paper] as number; k < (values.offsets[paper + 1] as number); k++) {
        count(paper, values.codes[k] as number);
      }
    } else {
      const { institutionOffsets, institutions } = index;
      for (let k = institutionOffsets[paper] as number; k < (institutionOffsets[paper + 1] as number); k++) {
        count(paper, values.codeOfInstitution[institutions[k] as number] as number);
      }
    }
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
