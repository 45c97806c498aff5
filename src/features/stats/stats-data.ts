import type { DatasetIndexes } from "../../lib/dataset/dataset-indexes";
import type { Dataset } from "../../lib/dataset/schema";
import type { FacetParam } from "../../lib/view-search/view-search";

export interface Count {
  value: string;
  count: number;
}

/** How many of the given papers carry each value of a facet, most first (ties in first-seen order). */
export function countFacet(rows: readonly number[], indexes: DatasetIndexes, facet: FacetParam): Count[] {
  const tally = new Map<string, number>();
  const values = indexes.facetValues[facet];
  for (const i of rows) for (const value of values[i] ?? []) tally.set(value, (tally.get(value) ?? 0) + 1);
  return [...tally].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}

/** Papers per chapter in the digest's chapter order, chapters without papers left out. */
export function chapterCounts(rows: readonly number[], dataset: Dataset, indexes: DatasetIndexes): Count[] {
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
  rows: readonly number[],
  dataset: Dataset,
  indexes: DatasetIndexes,
  limit: number,
): InstitutionCount[] {
  const top = countFacet(rows, indexes, "inst").slice(0, limit);
  const wanted = new Set(top.map((t) => t.value));
  const byInstitution = new Map(top.map((t) => [t.value, new Map<string, number>()]));
  for (const i of rows) {
    const paper = dataset.papers[i];
    if (!paper) continue;
    for (const id of paper.institutions) {
      if (!wanted.has(id)) continue;
      const split = byInstitution.get(id);
      split?.set(paper.chapter, (split.get(paper.chapter) ?? 0) + 1);
    }
  }
  return top.map((t) => ({ ...t, byChapter: byInstitution.get(t.value) ?? new Map() }));
}

/** Papers with both an academic and an industry institution: the overlap of the two sector bars. */
export function countBothSectors(rows: readonly number[], indexes: DatasetIndexes): number {
  const types = indexes.facetValues.type;
  return rows.filter((i) => (types[i]?.length ?? 0) > 1).length;
}
