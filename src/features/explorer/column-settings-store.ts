import * as v from "valibot";
import { create } from "zustand";
import { readStored, type StoredValue, writeStored } from "../../lib/storage/storage";
import type { ColumnId } from "./paper-cells";
import { HIDDEN_BY_DEFAULT, HIDEABLE_COLUMNS } from "./paper-columns";

export type ColumnVisibility = Partial<Record<ColumnId, boolean>>;

const visibilitySetting: StoredValue<ColumnVisibility> = {
  key: "columns",
  version: 1,
  schema: v.record(v.picklist(HIDEABLE_COLUMNS), v.boolean()),
  // Unknown column names or non-boolean values are dropped; the known settings survive.
  salvage: (data) => {
    if (typeof data !== "object" || data === null) return null;
    const kept = Object.fromEntries(
      Object.entries(data).filter(
        ([key, value]) => (HIDEABLE_COLUMNS as string[]).includes(key) && typeof value === "boolean",
      ),
    );
    return Object.keys(kept).length > 0 ? kept : null;
  },
};

interface ColumnSettingsState {
  visibility: ColumnVisibility;
  setVisibility: (visibility: ColumnVisibility) => void;
}

export const useColumnSettings = create<ColumnSettingsState>()((set) => ({
  visibility: { ...HIDDEN_BY_DEFAULT, ...readStored(visibilitySetting) },
  setVisibility: (visibility) => {
    set({ visibility });
    writeStored(visibilitySetting, visibility);
  },
}));
