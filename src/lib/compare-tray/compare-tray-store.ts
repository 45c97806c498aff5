import * as v from "valibot";
import { create } from "zustand";
import { readStored, type StoredValue, writeStored } from "../storage/storage";

export const MAX_COMPARE = 4;

const traySetting: StoredValue<string[]> = {
  key: "compare-tray",
  version: 1,
  schema: v.pipe(v.array(v.pipe(v.string(), v.maxLength(120))), v.maxLength(MAX_COMPARE)),
  salvage: (data) => {
    if (!Array.isArray(data)) return null;
    const ids = data.filter((id): id is string => typeof id === "string" && id.length <= 120);
    return ids.length > 0 ? [...new Set(ids)].slice(0, MAX_COMPARE) : null;
  },
};

interface CompareTrayState {
  /** Paper ids picked for comparison while browsing, kept across visits. */
  ids: string[];
  toggle: (id: string) => void;
  remove: (id: string) => void;
  clear: () => void;
}

export const useCompareTray = create<CompareTrayState>()((set, get) => {
  const save = (ids: string[]) => {
    set({ ids });
    writeStored(traySetting, ids);
  };
  return {
    ids: readStored(traySetting) ?? [],
    toggle: (id) => {
      const { ids } = get();
      if (ids.includes(id)) save(ids.filter((x) => x !== id));
      else if (ids.length < MAX_COMPARE) save([...ids, id]);
    },
    remove: (id) => save(get().ids.filter((x) => x !== id)),
    clear: () => save([]),
  };
});
