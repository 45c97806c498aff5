import * as v from "valibot";
import { create } from "zustand";
import { readStored, removeStored, type StoredValue } from "../storage/storage";
import {
  isRecordId,
  readCollection,
  readRecord,
  removeRecord,
  type StoredCollection,
  watchCollection,
  writeRecord,
} from "../storage/stored-collection";
import {
  MAX_VIEWS,
  type NameProblem,
  nameProblem,
  newViewId,
  renamedApart,
  type SavedView,
  salvageViews,
  savedViewSchema,
  viewOrder,
  viewsToAdd,
} from "./saved-views";

export { MAX_VIEWS, type SavedView } from "./saved-views";

// One record per view: two tabs saving a view at the same moment write two different keys.
const viewsCollection: StoredCollection<SavedView> = { name: "saved-view", version: 1, schema: savedViewSchema };

// Before views had a key each, the list was one value; it is moved into records once.
const legacyViews: StoredValue<SavedView[]> = {
  key: "saved-views",
  version: 1,
  schema: v.array(savedViewSchema),
  salvage: salvageViews,
};

function loadViews(): SavedView[] {
  // An id that cannot name a key gets one that can; the same one each time, so a retry adds no copies.
  const legacy = readStored(legacyViews)?.map((view, i) =>
    isRecordId(view.id) ? view : { ...view, id: `legacy-${i}-${Math.abs(Math.trunc(view.createdAt)).toString(36)}` },
  );
  if (legacy !== undefined) {
    const moved = legacy.every(
      (view) => readRecord(viewsCollection, view.id) !== null || writeRecord(viewsCollection, view.id, view),
    );
    if (moved) removeStored(legacyViews);
  }
  const stored = [...readCollection(viewsCollection).values()];
  // Views the old list had that could not be moved still show.
  const pending = (legacy ?? []).filter((view) => !stored.some((known) => known.id === view.id));
  return [...stored, ...pending].sort(viewOrder);
}

interface SavedViewsState {
  /** Newest first. */
  views: SavedView[];
  /**
   * `seenDigest`: the newest digest of the dataset it is saved on (none for a file opened from disk).
   * Null when the list is full or the name cannot be used (`nameProblem`).
   */
  save: (name: string, search: string, seenDigest?: string) => SavedView | null;
  /** Gives a view another name and changes nothing else; why not, when the name cannot be used. */
  rename: (id: string, name: string) => NameProblem | null;
  /** The reader opened a view on a dataset whose newest digest is `digest`: its papers up to there are not new. */
  markSeen: (id: string, digest: string) => void;
  remove: (id: string) => void;
  /** Adds views (from an imported file) not saved yet: how many were added, and how many the limit left out. */
  merge: (views: SavedView[]) => { added: number; skipped: number };
}

export const useSavedViews = create<SavedViewsState>()((set, get) => {
  const put = (view: SavedView) =>
    set({ views: [view, ...get().views.filter((x) => x.id !== view.id)].sort(viewOrder) });
  const drop = (id: string) => set({ views: get().views.filter((view) => view.id !== id) });
  // The stored record as it is now (another tab may have changed it since), else the one shown.
  const current = (id: string) => readRecord(viewsCollection, id) ?? get().views.find((x) => x.id === id);
  watchCollection(viewsCollection, {
    changed: (id, view) => {
      if (!view) return drop(id);
      put(view);
      // Another tab saved or renamed a view under a name one here took at the same moment.
      const apart = renamedApart(get().views, id);
      if (apart && writeRecord(viewsCollection, apart.id, apart)) put(apart);
    },
    cleared: () => set({ views: loadViews() }),
    released: (id) => {
      const view = get().views.find((x) => x.id === id);
      if (view) writeRecord(viewsCollection, id, view);
    },
  });
  return {
    views: loadViews(),
    save: (name, search, seenDigest) => {
      if (get().views.length >= MAX_VIEWS || nameProblem(get().views, name) !== null) return null;
      const view: SavedView = { id: newViewId(), name: name.trim(), search, createdAt: Date.now() };
      if (seenDigest !== undefined) view.seenDigest = seenDigest;
      writeRecord(viewsCollection, view.id, view);
      put(view);
      return view;
    },
    rename: (id, name) => {
      const problem = nameProblem(get().views, name, id);
      if (problem !== null) return problem;
      const view = current(id);
      if (!view || view.name === name.trim()) return null;
      const renamed = { ...view, name: name.trim() };
      writeRecord(viewsCollection, id, renamed);
      put(renamed);
      return null;
    },
    markSeen: (id, digest) => {
      const view = current(id);
      if (!view || (view.seenDigest !== undefined && view.seenDigest >= digest)) return;
      const seen = { ...view, seenDigest: digest };
      writeRecord(viewsCollection, id, seen);
      put(seen);
    },
    remove: (id) => {
      removeRecord(viewsCollection, id);
      drop(id);
    },
    merge: (incoming) => {
      const { added, skipped } = viewsToAdd(get().views, incoming);
      for (const view of added) {
        writeRecord(viewsCollection, view.id, view);
        put(view);
      }
      return { added: added.length, skipped };
    },
  };
});
