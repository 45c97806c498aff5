import { buildFilterIndex, type FilterIndex } from "../filters/filter-index";
import type { Chapter, Dataset, Institution } from "./schema";

/** Everything derived from a dataset once, at load, so views never rescan it. */
export interface DatasetIndexes {
  paperIndexById: Map<string, number>;
  paperIndexByArxivId: Map<string, number>;
  institutionById: Map<string, Institution>;
  chapterById: Map<string, Chapter>;
  /** Each paper's chapter as its position in chapter order, for grouping. */
  chapterRank: Uint32Array;
  /** Every filter's values, coded for counting. */
  filters: FilterIndex;
}

export function buildIndexes(dataset: Dataset): DatasetIndexes {
  const institutionById = new Map(dataset.institutions.map((i) => [i.id, i]));
  const chapterById = new Map(dataset.chapters.map((c) => [c.id, c]));
  const rankOf = new Map([...dataset.chapters].sort((a, b) => a.number - b.number).map((c, rank) => [c.id, rank]));
  const paperIndexById = new Map<string, number>();
  const paperIndexByArxivId = new Map<string, number>();
  const chapterRank = new Uint32Array(dataset.papers.length);
  dataset.papers.forEach((paper, index) => {
    paperIndexById.set(paper.id, index);
    // The ids of a repeated paper's later entries open the paper they were folded into.
    for (const alias of paper.aliases ?? []) paperIndexById.set(alias, index);
    if (paper.arxivId) paperIndexByArxivId.set(paper.arxivId, index);
    chapterRank[index] = rankOf.get(paper.chapter) ?? 0;
  });
  return {
    paperIndexById,
    paperIndexByArxivId,
    institutionById,
    chapterById,
    chapterRank,
    filters: buildFilterIndex(dataset),
  };
}
