import type { Dataset } from "../dataset/schema";
import { bump } from "../typed-arrays";
import {
  FILTERS,
  type FilterParam,
  type InstitutionFilter,
  isLibraryFilter,
  type LibraryFilterSpec,
  type PaperFilter,
} from "./filters";

/**
 * Every filter's values as integer codes in flat typed arrays, built once per dataset, so that
 * filtering and counting 100,000 papers is a few passes over arrays rather than over objects.
 */

interface CodedValues {
  /** Code → value, in first-seen order. */
  values: string[];
  codeOf: Map<string, number>;
}

export interface PaperValueIndex extends CodedValues {
  level: "paper";
  /** Paper i's codes are `codes[offsets[i]]` up to (not including) `codes[offsets[i + 1]]`. */
  offsets: Uint32Array;
  codes: Uint32Array;
  /** For each code, the papers (positions, ascending) that carry it. */
  postings: Uint32Array[];
}

export interface InstitutionValueIndex extends CodedValues {
  level: "institution";
  /** Institution position (in `dataset.institutions`) → code of its value. */
  codeOfInstitution: Uint32Array;
}

export type ValueIndex = PaperValueIndex | InstitutionValueIndex;

export interface FilterIndex {
  papers: number;
  /** Paper i's institutions (positions) are `institutions[institutionOffsets[i]]` … like `codes`. */
  institutionOffsets: Uint32Array;
  institutions: Uint32Array;
  byParam: Record<FilterParam, ValueIndex>;
}

export function coder(): CodedValues & { code: (value: string) => number } {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  return {
    values,
    codeOf,
    code(value) {
      let code = codeOf.get(value);
      if (code === undefined) {
        code = values.length;
        codeOf.set(value, code);
        values.push(value);
      }
      return code;
    },
  };
}

export function postingsOf(codes: Uint32Array, offsets: Uint32Array, valueCount: number): Uint32Array[] {
  const sizes = new Uint32Array(valueCount);
  for (const code of codes) bump(sizes, code);
  const postings = Array.from(sizes, (size) => new Uint32Array(size));
  const filled = new Uint32Array(valueCount);
  const papers = offsets.length - 1;
  for (let paper = 0; paper < papers; paper++) {
    for (let k = offsets[paper] ?? 0, end = offsets[paper + 1] ?? 0; k < end; k++) {
      const code = codes[k] ?? 0;
      (postings[code] as Uint32Array)[bump(filled, code)] = paper;
    }
  }
  return postings;
}

function paperValues(filter: PaperFilter, dataset: Dataset): PaperValueIndex {
  const { values, codeOf, code } = coder();
  const papers = dataset.papers;
  const offsets = new Uint32Array(papers.length + 1);
  let codes = new Uint32Array(papers.length * 2);
  // The last paper each code was recorded for: a paper lists each value once.
  let seen = new Int32Array(64).fill(-1);
  let length = 0;
  for (let i = 0; i < papers.length; i++) {
    for (const value of filter.values(papers[i] as (typeof papers)[number])) {
      const c = code(value);
      if (c >= seen.length) {
        const grown = new Int32Array(seen.length * 2).fill(-1);
        grown.set(seen);
        seen = grown;
      }
      if (seen[c] === i) continue;
      seen[c] = i;
      if (length === codes.length) {
        const grown = new Uint32Array(codes.length * 2);
        grown.set(codes);
        codes = grown;
      }
      codes[length++] = c;
    }
    offsets[i + 1] = length;
  }
  const coded = codes.slice(0, length);
  return { level: "paper", values, codeOf, offsets, codes: coded, postings: postingsOf(coded, offsets, values.length) };
}

function institutionValues(filter: InstitutionFilter, dataset: Dataset): InstitutionValueIndex {
  const { values, codeOf, code } = coder();
  const codeOfInstitution = Uint32Array.from(dataset.institutions, (institution) => code(filter.value(institution)));
  return { level: "institution", values, codeOf, codeOfInstitution };
}

/**
 * A library filter's index with no paper carrying a value: what the dataset alone says. The
 * view merges in the index of the reader's library (library-filter-index.ts).
 */
export function emptyLibraryValues(filter: LibraryFilterSpec, papers: number): PaperValueIndex {
  const { values, codeOf, code } = coder();
  for (const value of filter.order?.() ?? []) code(value);
  const offsets = new Uint32Array(papers + 1);
  const codes = new Uint32Array(0);
  return { level: "paper", values, codeOf, offsets, codes, postings: values.map(() => new Uint32Array(0)) };
}

export function buildFilterIndex(dataset: Dataset): FilterIndex {
  const institutionPosition = new Map(dataset.institutions.map((institution, i) => [institution.id, i]));
  const institutionOffsets = new Uint32Array(dataset.papers.length + 1);
  const institutions: number[] = [];
  const seen = new Int32Array(dataset.institutions.length).fill(-1);
  dataset.papers.forEach((paper, i) => {
    for (const id of paper.institutions) {
      const position = institutionPosition.get(id);
      if (position === undefined || seen[position] === i) continue;
      seen[position] = i;
      institutions.push(position);
    }
    institutionOffsets[i + 1] = institutions.length;
  });
  const byParam = {} as Record<FilterParam, ValueIndex>;
  for (const filter of FILTERS) {
    byParam[filter.param] = isLibraryFilter(filter)
      ? emptyLibraryValues(filter, dataset.papers.length)
      : filter.level === "paper"
        ? paperValues(filter, dataset)
        : institutionValues(filter, dataset);
  }
  return {
    papers: dataset.papers.length,
    institutionOffsets,
    institutions: Uint32Array.from(institutions),
    byParam,
  };
}

/** Whether the dataset has this value for the filter (a value it lacks is ignored, and named). */
export function hasValue(index: FilterIndex, param: FilterParam, value: string): boolean {
  return index.byParam[param].codeOf.has(value);
}
