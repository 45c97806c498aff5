import type { DatasetIndexes } from "../dataset/dataset-indexes";
import type { Dataset } from "../dataset/schema";
import type { Library } from "../library/library-lookup";
import { placeEntries } from "../library/library-positions";
import { coder, emptyLibraryValues, type FilterIndex, type PaperValueIndex, postingsOf } from "./filter-index";
import { type FilterParam, type FilterSelection, LIBRARY_FILTERS, type LibraryFilterSpec } from "./filters";

/**
 * The library filters' values coded like the dataset's (filter-index.ts), built per library
 * state from its entries alone: few papers carry an entry, so this stays cheap at any dataset size.
 * Values chosen in the URL are coded even when no paper has them, so `?tag=gone` shows no papers
 * rather than being ignored.
 */
function libraryValues(
  filter: LibraryFilterSpec,
  dataset: Dataset,
  indexes: DatasetIndexes,
  library: Library,
  chosen: readonly string[],
): PaperValueIndex {
  const n = dataset.papers.length;
  const placed = placeEntries(library, dataset, indexes);
  if (placed.entries.length === 0 && chosen.length === 0) return emptyLibraryValues(filter, n);
  const { values, codeOf, code } = coder();
  for (const value of filter.order?.() ?? []) code(value);
  for (const value of chosen) code(value);
  const offsets = new Uint32Array(n + 1);
  const codes: number[] = [];
  let next = 0;
  placed.entries.forEach((entry, k) => {
    const position = placed.positions[k] as number;
    // Papers before this one carry nothing: their ranges are empty.
    offsets.fill(codes.length, next + 1, position + 1);
    for (const value of new Set(filter.fromEntry(entry))) codes.push(code(value));
    next = position + 1;
    offsets[next] = codes.length;
  });
  offsets.fill(codes.length, next + 1);
  const coded = Uint32Array.from(codes);
  return { level: "paper", values, codeOf, offsets, codes: coded, postings: postingsOf(coded, offsets, values.length) };
}

const built = new WeakMap<FilterIndex, WeakMap<Library, { key: string; index: FilterIndex }>>();

/** The dataset's filter index with the library filters' values taken from the reader's library. */
export function withLibrary(
  index: FilterIndex,
  dataset: Dataset,
  indexes: DatasetIndexes,
  library: Library,
  selection: FilterSelection,
): FilterIndex {
  const key = LIBRARY_FILTERS.map((filter) => selection[filter.param].join(",")).join("\n");
  // An empty library and no library filter chosen: the dataset's index already says everything.
  if (library.entries.size === 0 && LIBRARY_FILTERS.every((filter) => selection[filter.param].length === 0)) {
    return index;
  }
  let byLibrary = built.get(index);
  if (!byLibrary) {
    byLibrary = new WeakMap();
    built.set(index, byLibrary);
  }
  const cached = byLibrary.get(library);
  if (cached?.key === key) return cached.index;
  const byParam = { ...index.byParam } as Record<FilterParam, FilterIndex["byParam"][FilterParam]>;
  for (const filter of LIBRARY_FILTERS) {
    byParam[filter.param] = libraryValues(filter, dataset, indexes, library, selection[filter.param]);
  }
  const merged = { ...index, byParam };
  byLibrary.set(library, { key, index: merged });
  return merged;
}
