import { create } from "zustand";
import {
  readCollection,
  readRecord,
  type StoredCollection,
  watchCollection,
  writeRecord,
} from "../storage/stored-collection";
import {
  emptyEntry,
  entrySchema,
  isEmptyEntry,
  LIMITS,
  type LibraryEntry,
  type LibraryField,
  type PaperKey,
  withField,
} from "./library-entry";
import { entryOf, type Library, libraryOf } from "./library-lookup";
import { reconcileEntries } from "./reconcile-entries";

// One record per paper: tabs editing different papers never touch the same key, and two tabs
// editing the same paper reconcile field by field.
const libraryCollection: StoredCollection<LibraryEntry> = { name: "library", version: 1, schema: entrySchema };

interface LibraryState {
  library: Library;
  /** Every record storage holds, cleared ones included. */
  records: ReadonlyMap<string, LibraryEntry>;
  /** A new paper could not be added: the library holds LIMITS.entries papers. */
  full: boolean;
  /** Sets one field of a paper's entry. */
  edit: <F extends LibraryField>(paper: PaperKey, field: F, value: LibraryEntry[F]) => void;
  /** Renames a tag on every paper (merging it into the new name where both are present); returns how many papers changed. */
  renameTag: (from: string, to: string) => number;
  deleteTag: (tag: string) => number;
  /**
   * Writes what `merge` makes of every record as storage holds it now (an import: see
   * `mergeLibrary`, passed in so that its code loads with the import, not with the page).
   */
  importEntries: (merge: (here: ReadonlyMap<string, LibraryEntry>) => readonly LibraryEntry[]) => void;
}

export const useLibrary = create<LibraryState>()((set, get) => {
  const initial = readCollection(libraryCollection);
  /** Records changed here: stored, and published. */
  const commit = (changed: readonly LibraryEntry[]) => {
    if (changed.length === 0) return;
    const records = new Map(get().records);
    for (const entry of changed) {
      writeRecord(libraryCollection, entry.paperId, entry);
      records.set(entry.paperId, entry);
    }
    set({ records, library: libraryOf(records), full: false });
  };
  /** The freshest version of a record: this tab's, reconciled with what storage holds now. */
  const fresh = (id: string): LibraryEntry | undefined => {
    const ours = get().records.get(id);
    const stored = readRecord(libraryCollection, id);
    if (!stored) return ours;
    return ours ? reconcileEntries(ours, stored) : stored;
  };
  const retag = (change: (tags: readonly string[]) => string[]) => {
    const now = Date.now();
    const changed = [...get().records.keys()].flatMap((id) => {
      const entry = fresh(id);
      if (!entry) return [];
      const next = withField(entry, "tags", change(entry.tags), now);
      return next === entry ? [] : [next];
    });
    commit(changed);
    return changed.length;
  };

  watchCollection(libraryCollection, {
    changed: (id, theirs) => {
      const records = new Map(get().records);
      const ours = records.get(id);
      if (!theirs) records.delete(id);
      else {
        const merged = ours ? reconcileEntries(ours, theirs) : theirs;
        records.set(id, merged);
        // This tab changed a field the other tab's write did not have: store the union.
        if (merged !== theirs) writeRecord(libraryCollection, id, merged);
      }
      set({ records, library: libraryOf(records) });
    },
    cleared: () => {
      const records = readCollection(libraryCollection);
      set({ records, library: libraryOf(records) });
    },
    released: (id) => {
      const entry = get().records.get(id);
      if (entry) writeRecord(libraryCollection, id, entry);
    },
  });

  return {
    records: initial,
    library: libraryOf(initial),
    full: false,
    edit: (paper, field, value) => {
      const { library } = get();
      const id = entryOf(library, paper)?.paperId ?? paper.id;
      const base = fresh(id) ?? emptyEntry(paper);
      const next = withField(base, field, value, Date.now());
      if (next === base) return;
      if (isEmptyEntry(base) && !isEmptyEntry(next) && library.entries.size >= LIMITS.entries) {
        set({ full: true });
        return;
      }
      // The entry of this very paper remembers its current name and arXiv id.
      commit([id === paper.id ? { ...next, name: paper.name, arxivId: paper.arxivId ?? next.arxivId } : next]);
    },
    renameTag: (from, to) => retag((tags) => [...new Set(tags.map((tag) => (tag === from ? to : tag)))]),
    deleteTag: (tag) => retag((tags) => tags.filter((x) => x !== tag)),
    importEntries: (merge) => {
      const here = new Map([...get().records.keys()].map((id) => [id, fresh(id) as LibraryEntry]));
      commit(merge(here));
    },
  };
});

/** A paper's entry, re-rendering the caller only when that entry changes. */
export function useLibraryEntry(paper: { id: string; arxivId: string | null }): LibraryEntry | undefined {
  return useLibrary((state) => entryOf(state.library, paper));
}
