import type { FacetParam } from "../view-search/view-search";
import type { Chapter, Dataset, Institution, Paper } from "./schema";

/** Everything derived from a dataset once, at load, so views never rescan it. */
export interface DatasetIndexes {
  paperIndexById: Map<string, number>;
  paperIndexByArxivId: Map<string, number>;
  institutionById: Map<string, Institution>;
  chapterById: Map<string, Chapter>;
  /** For each facet, the papers (by position) that carry each value. */
  postings: Record<FacetParam, Map<string, Uint32Array>>;
  /** Each paper's values per facet, for counting without lookups. */
  facetValues: Record<FacetParam, string[][]>;
}

function facetValuesOf(paper: Paper, institutionById: Map<string, Institution>): Record<FacetParam, string[]> {
  const institutions = paper.institutions.map((id) => institutionById.get(id)).filter((i) => i !== undefined);
  return {
    chapter: [paper.chapter],
    inst: paper.institutions,
    modality: paper.modalities,
    kind: [paper.kind],
    type: [...new Set(institutions.map((i) => i.type))],
    country: [...new Set(institutions.map((i) => i.country))],
  };
}

export function buildIndexes(dataset: Dataset): DatasetIndexes {
  const institutionById = new Map(dataset.institutions.map((i) => [i.id, i]));
  const chapterById = new Map(dataset.chapters.map((c) => [c.id, c]));
  const paperIndexById = new Map<string, number>();
  const paperIndexByArxivId = new Map<string, number>();
  const facetValues: Record<FacetParam, string[][]> = {
    chapter: [],
    inst: [],
    modality: [],
    kind: [],
    type: [],
    country: [],
  };
  const lists: Record<FacetParam, Map<string, number[]>> = {
    chapter: new Map(),
    inst: new Map(),
    modality: new Map(),
    kind: new Map(),
    type: new Map(),
    country: new Map(),
  };
  dataset.papers.forEach((paper, index) => {
    paperIndexById.set(paper.id, index);
    if (paper.arxivId) paperIndexByArxivId.set(paper.arxivId, index);
    const values = facetValuesOf(paper, institutionById);
    for (const facet of Object.keys(lists) as FacetParam[]) {
      facetValues[facet].push(values[facet]);
      for (const value of values[facet]) {
        const list = lists[facet].get(value);
        if (list) list.push(index);
        else lists[facet].set(value, [index]);
      }
    }
  });
  const postings = Object.fromEntries(
    Object.entries(lists).map(([facet, map]) => [
      facet,
      new Map([...map].map(([value, list]) => [value, Uint32Array.from(list)])),
    ]),
  ) as DatasetIndexes["postings"];
  return { paperIndexById, paperIndexByArxivId, institutionById, chapterById, postings, facetValues };
}
