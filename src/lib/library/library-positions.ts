import type { DatasetIndexes } from "../dataset/dataset-indexes";
import type { Dataset } from "../dataset/schema";
import { memoByPair } from "../memo-by-pair";
import type { LibraryEntry } from "./library-entry";
import { entryOf, type Library } from "./library-lookup";

/** Each paper of a dataset that has an entry, with it: positions ascending. */
export interface PlacedEntries {
  positions: Uint32Array;
  entries: LibraryEntry[];
}

// Papers sharing an arXiv id (one paper in two digests of an archive) share an entry.
const papersByArxiv = new WeakMap<Dataset, Map<string, number[]>>();

function positionsOfArxiv(dataset: Dataset, arxivId: string): readonly number[] {
  let byArxiv = papersByArxiv.get(dataset);
  if (!byArxiv) {
    byArxiv = new Map();
    dataset.papers.forEach((paper, i) => {
      if (paper.arxivId === null) return;
      const list = byArxiv?.get(paper.arxivId);
      if (list) list.push(i);
      else byArxiv?.set(paper.arxivId, [i]);
    });
    papersByArxiv.set(dataset, byArxiv);
  }
  return byArxiv.get(arxivId) ?? [];
}

/**
 * Where the library's entries sit in a dataset. Reads only the entries (few), not the papers, so
 * an edit costs the same with 66 papers or 100,000. Once per library state and dataset.
 */
export const placeEntries = memoByPair((library: Library, dataset: Dataset, indexes: DatasetIndexes): PlacedEntries => {
  const found = new Map<number, LibraryEntry>();
  for (const entry of library.entries.values()) {
    const own = indexes.paperIndexById.get(entry.paperId);
    const candidates = [...(own === undefined ? [] : [own]), ...positionsOfArxiv(dataset, entry.arxivId ?? "")];
    for (const position of candidates) {
      const paper = dataset.papers[position];
      if (paper && !found.has(position) && entryOf(library, paper) === entry) found.set(position, entry);
    }
  }
  const positions = Uint32Array.from(found.keys()).sort();
  return { positions, entries: Array.from(positions, (position) => found.get(position) as LibraryEntry) };
});
