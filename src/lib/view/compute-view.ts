import type { DatasetIndexes } from "../dataset/dataset-indexes";
import type { Dataset } from "../dataset/schema";
import { FILTERS, type FilterParam } from "../filters/filters";
import type { SearchAnswer } from "../search/search-answer";
import { bump } from "../typed-arrays";
import { sortOrder } from "./sort-orders";
import type { View } from "./view";

/** For each filter, how many papers each value (by its code in the filter index) would match. */
export type ViewCounts = Readonly<Record<FilterParam, Uint32Array>>;

export interface PaperView {
  /** Positions in `dataset.papers` of the matching papers, in display order. */
  rows: Uint32Array;
  /**
   * Each facet's counts given all the *other* active filters (its own selection left out), as
   * faceted search in a shop does, so a count says what checking that value would give. Counted
   * on the first call, once: the facet panel asks after the rows are painted, and at 100,000
   * papers counting is most of a filter change's work.
   */
  counts: () => ViewCounts;
}

const NONE = new Uint32Array(0);

interface ActiveInstitutionFilter {
  bit: number;
  chosen: Uint8Array;
  codeOfInstitution: Uint32Array;
}

/**
 * The rows and facet counts of a view. `answer` is what the search index found for the view's
 * text (null without text): exact hits, then close spellings.
 */
export function computeView(
  dataset: Dataset,
  { filters: index, chapterRank }: DatasetIndexes,
  view: View,
  answer: SearchAnswer | null,
): PaperView {
  const n = index.papers;
  // 0: the search text does not match; 1: an exact hit; 2: a close spelling.
  let query: Uint8Array | null = null;
  let fuzzy = false;
  if (answer) {
    query = new Uint8Array(n);
    const { matches, exact } = answer;
    for (let k = 0; k < matches.length; k++) query[matches[k] as number] = k < exact ? 1 : 2;
    fuzzy = matches.length > exact;
  }

  // Each paper's failed filters as bits. Values this dataset lacks are ignored (the URL notice
  // names them), so a bookmark from another dataset narrows by what still exists.
  const fails = new Uint32Array(n);
  const bits = {} as Record<FilterParam, number>;
  const institutionFilters: ActiveInstitutionFilter[] = [];
  let bit = 1;
  // The last bit stands for "no single institution satisfies every institution-level filter".
  const INSTITUTION_GROUP = 1 << 31;
  for (const filter of FILTERS) {
    const values = index.byParam[filter.param];
    const codes: number[] = [];
    for (const value of view.filters[filter.param]) {
      const code = values.codeOf.get(value);
      if (code !== undefined) codes.push(code);
    }
    if (codes.length === 0) {
      bits[filter.param] = 0;
      continue;
    }
    bits[filter.param] = bit;
    if (values.level === "paper") {
      const hits = new Uint8Array(n);
      for (const code of codes) for (const paper of values.postings[code] ?? NONE) bump(hits, paper);
      const needed = filter.combine === "all" ? codes.length : 1;
      for (let i = 0; i < n; i++) if ((hits[i] as number) < needed) fails[i] = (fails[i] as number) | bit;
    } else {
      const chosen = new Uint8Array(values.values.length);
      for (const code of codes) chosen[code] = 1;
      institutionFilters.push({ bit, chosen, codeOfInstitution: values.codeOfInstitution });
    }
    bit <<= 1;
  }

  const { institutionOffsets, institutions } = index;
  const institutionFails = new Uint32Array(dataset.institutions.length);
  if (institutionFilters.length > 0) {
    for (const { bit: own, chosen, codeOfInstitution } of institutionFilters) {
      for (let inst = 0; inst < institutionFails.length; inst++) {
        if (!chosen[codeOfInstitution[inst] as number])
          institutionFails[inst] = (institutionFails[inst] as number) | own;
      }
    }
    for (let i = 0; i < n; i++) {
      let some = false;
      for (let k = institutionOffsets[i] as number, end = institutionOffsets[i + 1] as number; k < end; k++) {
        if (institutionFails[institutions[k] as number] === 0) {
          some = true;
          break;
        }
      }
      if (!some) fails[i] = (fails[i] as number) | INSTITUTION_GROUP;
    }
  }

  let counted: ViewCounts | null = null;
  const counts = () => {
    counted ??= countFacets(index, bits, fails, institutionFails, query, INSTITUTION_GROUP);
    return counted;
  };

  const rows = new Uint32Array(n);
  let count = 0;
  const order = view.sort ? sortOrder(dataset, view.sort.key) : null;
  const desc = view.sort?.desc ?? false;
  // Without a chosen sort, exact hits come first and close spellings after, each in digest order.
  for (let tier = 1; tier <= (fuzzy && !order ? 2 : 1); tier++) {
    for (let k = 0; k < n; k++) {
      const i = order ? (order[desc ? n - 1 - k : k] as number) : k;
      if (fails[i] !== 0) continue;
      if (query && (query[i] === 0 || (fuzzy && !order && query[i] !== tier))) continue;
      rows[count++] = i;
    }
  }
  const shown = rows.slice(0, count);
  return { rows: view.group === "chapter" ? groupByChapter(shown, chapterRank) : shown, counts };
}

function countFacets(
  index: DatasetIndexes["filters"],
  bits: Record<FilterParam, number>,
  fails: Uint32Array,
  institutionFails: Uint32Array,
  query: Uint8Array | null,
  institutionGroup: number,
): ViewCounts {
  const counts = {} as Record<FilterParam, Uint32Array>;
  for (const filter of FILTERS) {
    const values = index.byParam[filter.param];
    if (filter.display !== "facet") counts[filter.param] = NONE;
    // `others`: every filter's bit but this facet's own, whose selection does not narrow its counts.
    else if (values.level === "paper") {
      counts[filter.param] = countPaperValues(
        values.offsets,
        values.codes,
        values.values.length,
        ~bits[filter.param],
        fails,
        query,
      );
    } else {
      counts[filter.param] = countInstitutionValues(
        index,
        values.codeOfInstitution,
        values.values.length,
        ~bits[filter.param],
        fails,
        institutionFails,
        query,
        institutionGroup,
      );
    }
  }
  return counts;
}

// One tight loop per facet (rather than one loop over papers visiting each facet): at 100,000
// papers these loops are most of a filter change's work.
function countPaperValues(
  offsets: Uint32Array,
  codes: Uint32Array,
  valueCount: number,
  others: number,
  fails: Uint32Array,
  query: Uint8Array | null,
): Uint32Array {
  const tally = new Uint32Array(valueCount);
  const n = fails.length;
  for (let i = 0; i < n; i++) {
    if ((query !== null && query[i] === 0) || ((fails[i] as number) & others) !== 0) continue;
    for (let k = offsets[i] as number, end = offsets[i + 1] as number; k < end; k++) bump(tally, codes[k] as number);
  }
  return tally;
}

/**
 * An institution-level value counts when some institution with it satisfies the other
 * institution-level filters; each paper counts once per value.
 */
function countInstitutionValues(
  { institutionOffsets, institutions }: DatasetIndexes["filters"],
  codeOf: Uint32Array,
  valueCount: number,
  others: number,
  fails: Uint32Array,
  institutionFails: Uint32Array,
  query: Uint8Array | null,
  institutionGroup: number,
): Uint32Array {
  const tally = new Uint32Array(valueCount);
  const seen = new Int32Array(valueCount).fill(-1);
  const n = fails.length;
  for (let i = 0; i < n; i++) {
    if ((query !== null && query[i] === 0) || ((fails[i] as number) & ~institutionGroup) !== 0) continue;
    for (let k = institutionOffsets[i] as number, end = institutionOffsets[i + 1] as number; k < end; k++) {
      const inst = institutions[k] as number;
      if (((institutionFails[inst] as number) & others) !== 0) continue;
      const code = codeOf[inst] as number;
      if (seen[code] === i) continue;
      seen[code] = i;
      bump(tally, code);
    }
  }
  return tally;
}

/** Papers in chapter order, keeping the given order inside each chapter (a stable counting sort). */
function groupByChapter(rows: Uint32Array, chapterRank: Uint32Array): Uint32Array {
  let chapters = 0;
  for (const i of rows) chapters = Math.max(chapters, (chapterRank[i] as number) + 1);
  const starts = new Uint32Array(chapters + 1);
  for (const i of rows) bump(starts, (chapterRank[i] as number) + 1);
  for (let c = 0; c < chapters; c++) bump(starts, c + 1, starts[c] as number);
  const grouped = new Uint32Array(rows.length);
  for (const i of rows) grouped[bump(starts, chapterRank[i] as number)] = i;
  return grouped;
}
