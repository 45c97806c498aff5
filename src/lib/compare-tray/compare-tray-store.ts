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

export const MAX_COMPARE = 4;

// One record per picked paper, holding when it was picked: two tabs picking at once write two keys.
const picksCollection: StoredCollection<{ pickedAt: number }> = {
  name: "compare-pick",
  version: 1,
  schema: v.object({ pickedAt: v.number() }),
};

// Before picks had a key each, they were one list; it is moved into records once.
const legacyTray: StoredValue<string[]> = {
  key: "compare-tray",
  version: 1,
  schema: v.pipe(v.array(v.pipe(v.string(), v.maxLength(120))), v.maxLength(MAX_COMPARE)),
  salvage: (data) => {
    if (!Array.isArray(data)) return null;
    const ids = data.filter((id): id is string => typeof id === "string" && id.length <= 120);
    return ids.length > 0 ? [...new Set(ids)].slice(0, MAX_COMPARE) : null;
  },
};

type Picks = ReadonlyMap<string, number>;

function loadPicks(): Map<string, number> {
  const legacy = readStored(legacyTray)?.filter(isRecordId);
  if (legacy !== undefined) {
    // Their order is kept: picked "at" 1, 2, 3… sorts before anything picked since.
    const moved = legacy.every(
      (id, i) => readRecord(picksCollection, id) !== null || writeRecord(picksCollection, id, { pickedAt: i + 1 }),
    );
    if (moved) removeStored(legacyTray);
  }
  const picks = new Map([...readCollection(picksCollection)].map(([id, pick]) => [id, pick.pickedAt]));
  for (const [i, id] of (legacy ?? []).entries()) if (!picks.has(id)) picks.set(id, i + 1);
  return picks;
}

/** The first MAX_COMPARE picks in the order they were picked. */
function idsOf(picks: Picks): string[] {
  return [...picks]
    .sort(([a, at], [b, bt]) => at - bt || a.localeCompare(b))
    .slice(0, MAX_COMPARE)
    .map(([id]) => id);
}

interface CompareTrayState {
  /** Paper ids picked for comparison while browsing, kept across visits and shared by tabs. */
  ids: string[];
  toggle: (id: string) => void;
  remove: (id: string) => void;
  clear: () => void;
}

export const useCompareTray = create<CompareTrayState>()((set, get) => {
  // When each paper was picked: the order of the tray, shared with other tabs through storage.
  let picks = loadPicks();
  const fromPicks = () => {
    const ids = idsOf(picks);
    // Two tabs can each add a paper to a tray of three: the later pick steps out, in whichever tab sees it.
    for (const id of [...picks.keys()].filter((id) => !ids.includes(id))) {
      removeRecord(picksCollection, id);
      picks.delete(id);
    }
    set({ ids });
  };
  watchCollection(picksCollection, {
    changed: (id, pick) => {
      picks = new Map(picks);
      if (pick) picks.set(id, pick.pickedAt);
      else picks.delete(id);
      fromPicks();
    },
    cleared: () => {
      picks = loadPicks();
      fromPicks();
    },
    released: (id) => {
      const pickedAt = picks.get(id);
      if (pickedAt !== undefined) writeRecord(picksCollection, id, { pickedAt });
    },
  });
  const remove = (id: string) => {
    removeRecord(picksCollection, id);
    picks = new Map(picks);
    picks.delete(id);
    set({ ids: get().ids.filter((x) => x !== id) });
  };
  return {
    ids: idsOf(picks),
    toggle: (id) => {
      const { ids } = get();
      if (ids.includes(id)) remove(id);
      else if (ids.length < MAX_COMPARE && isRecordId(id)) {
        const pickedAt = Math.max(Date.now(), ...picks.values());
        writeRecord(picksCollection, id, { pickedAt });
        picks = new Map(picks).set(id, pickedAt);
        set({ ids: [...ids, id] });
      }
    },
    remove,
    clear: () => {
      // Every pick, including one another tab made a moment ago.
      for (const id of new Set([...get().ids, ...picks.keys(), ...readCollection(picksCollection).keys()])) {
        removeRecord(picksCollection, id);
      }
      picks = new Map();
      set({ ids: [] });
    },
  };
});
