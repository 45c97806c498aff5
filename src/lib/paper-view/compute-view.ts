import type { LoadedDataset } from "../dataset/dataset-store";
import { FACET_PARAMS, type FacetParam, parseSort, type ViewSearch } from "../view-search/view-search";
import { sortOrder } from "./sort-orders";

export interface PaperView {
  /** Positions in `dataset.papers` of the matching papers, in display order. */
  rows: number[];
  /**
   * For each facet, how many papers each value would match given all the other active filters
   * (the value's own facet excluded), as faceted search in a store does.
   */
  counts: Record<FacetParam, Map<string, number>>;
}

/**
 * The rows and facet counts of a view. `matches` are the papers the search text matches (null
 * when there is no search text), answered by the search index.
 */
export function computeView(
  { dataset, indexes }: LoadedDataset,
  search: ViewSearch,
  matches: Uint32Array | null,
): PaperView {
  const n = dataset.papers.length;
  // Papers the search text and the co-author filter allow, before any facet.
  let queryMask: Uint8Array | null = null;
  if (matches) {
    queryMask = new Uint8Array(n);
    for (const i of matches) queryMask[i] = 1;
  }
  for (const id of (search.coauthors ?? []).filter((value) => indexes.postings.inst.has(value))) {
    const withThem = new Uint8Array(n);
    for (const i of indexes.postings.inst.get(id) ?? []) withThem[i] = queryMask === null || queryMask[i] === 1 ? 1 : 0;
    queryMask = withThem;
  }
  // Values this dataset does not have are ignored (the URL notice names them), so a bookmark from
  // another dataset narrows by what still exists instead of showing nothing.
  const selected = Object.fromEntries(
    FACET_PARAMS.map((facet) => [facet, (search[facet] ?? []).filter((value) => indexes.postings[facet].has(value))]),
  ) as Record<FacetParam, string[]>;
  const active = FACET_PARAMS.filter((facet) => selected[facet].length > 0);

  // misses[i]: how many active facets paper i fails; failed[f][i]: whether it fails facet f.
  const misses = new Uint8Array(n);
  const failed = new Map<FacetParam, Uint8Array>();
  for (const facet of active) {
    const pass = new Uint8Array(n);
    for (const value of selected[facet]) {
      for (const i of indexes.postings[facet].get(value) ?? []) pass[i] = 1;
    }
    for (let i = 0; i < n; i++) pass[i] = pass[i] ? 0 : 1;
    for (let i = 0; i < n; i++) misses[i] = (misses[i] ?? 0) + (pass[i] ?? 0);
    failed.set(facet, pass);
  }
  const inQuery = (i: number) => queryMask === null || queryMask[i] === 1;

  const counts = {} as PaperView["counts"];
  for (const facet of FACET_PARAMS) {
    const ownFails = failed.get(facet);
    const { values, offsets, codes } = indexes.coded[facet];
    const tally = new Uint32Array(values.length);
    for (let i = 0; i < n; i++) {
      const m = misses[i] ?? 0;
      const passesOthers = m === 0 || (m === 1 && ownFails?.[i] === 1);
      if (!passesOthers || !inQuery(i)) continue;
      const end = offsets[i + 1] ?? 0;
      for (let k = offsets[i] ?? 0; k < end; k++) {
        const code = codes[k] ?? 0;
        tally[code] = (tally[code] ?? 0) + 1;
      }
    }
    const facetCounts = new Map<string, number>();
    tally.forEach((count, code) => {
      if (count > 0) facetCounts.set(values[code] ?? "", count);
    });
    counts[facet] = facetCounts;
  }

  const sort = parseSort(search.sort);
  const order = sort ? sortOrder(dataset, sort.key) : null;
  const rows: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = order ? (order[sort?.desc ? n - 1 - k : k] ?? 0) : k;
    if (misses[i] === 0 && inQuery(i)) rows.push(i);
  }
  if (search.group === "chapter") {
    // Grouped views keep the chosen sort inside each chapter; Array.prototype.sort is stable.
    const chapterNumber = (i: number) => indexes.chapterById.get(dataset.papers[i]?.chapter ?? "")?.number ?? 0;
    rows.sort((a, b) => chapterNumber(a) - chapterNumber(b));
  }
  return { rows, counts };
}
