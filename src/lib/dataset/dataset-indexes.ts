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
  /** Each paper's values per facet. */
  facetValues: Record<FacetParam, string[][]>;
  /** The same values as integer codes in flat arrays, so counting 100,000 papers stays cheap. */
  coded: Record<FacetParam, CodedFacet>;
}

export interface CodedFacet {
  /** Code → value. */
  values: string[];
  /** Paper i's codes are `codes[offsets[i]]` up to (not including) `codes[offsets[i + 1]]`. */
  offsets: Uint32Array;
  codes: Uint32Array;
}

function codeFacet(perPaper: string[][]): CodedFacet {
  const codeOf = new Map<string, number>();
  const offsets = new Uint32Array(perPaper.length + 1);
  const codes: number[] = [];
  perPaper.forEach((values, i) => {
    for (const value of values) {
      let code = codeOf.get(value);
      if (code === undefined) {
        code = codeOf.size;
        codeOf.set(value, code);
      }
      codes.push(code);
    }
    offsets[i + 1] = codes.length;
  });
  return { values: [...codeOf.keys()], offsets, codes: Uint32Array.from(codes) };
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
  const coded = Object.fromEntries(
    (Object.keys(facetValues) as FacetParam[]).map((facet) => [facet, codeFacet(facetValues[facet])]),
  ) as DatasetIndexes["coded"];
  return { paperIndexById, paperIndexByArxivId, institutionById, chapterById, postings, facetValues, coded };
}
