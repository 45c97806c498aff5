import { isEmptyEntry, type LibraryEntry } from "./library-entry";

/** The entries that say something, by paper id and by arXiv id. Replaced, never changed, on every edit. */
export interface Library {
  entries: ReadonlyMap<string, LibraryEntry>;
  byArxiv: ReadonlyMap<string, LibraryEntry>;
}

export function libraryOf(records: ReadonlyMap<string, LibraryEntry>): Library {
  const entries = new Map<string, LibraryEntry>();
  const byArxiv = new Map<string, LibraryEntry>();
  for (const [id, entry] of records) {
    if (isEmptyEntry(entry)) continue;
    entries.set(id, entry);
    if (entry.arxivId !== null && !byArxiv.has(entry.arxivId)) byArxiv.set(entry.arxivId, entry);
  }
  return { entries, byArxiv };
}

/** A paper's entry: by its id, else (the same paper in another dataset or digest) by its arXiv id. */
export function entryOf(library: Library, paper: { id: string; arxivId: string | null }): LibraryEntry | undefined {
  return library.entries.get(paper.id) ?? (paper.arxivId === null ? undefined : library.byArxiv.get(paper.arxivId));
}
