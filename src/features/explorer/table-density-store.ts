import * as v from "valibot";
import { create } from "zustand";
import { readStored, type StoredValue, writeStored } from "../../lib/storage/storage";

export const DENSITIES = ["comfortable", "compact"] as const;
export type Density = (typeof DENSITIES)[number];

/**
 * Each density's row height. Exact, not a minimum: the table places rows by arithmetic. Compact
 * rows are one line, so 20 and more papers fit a 900 px high window.
 */
export const ROW_HEIGHTS: Record<Density, number> = { comfortable: 68, compact: 32 };

const densitySetting: StoredValue<Density> = { key: "table-density", version: 1, schema: v.picklist(DENSITIES) };

interface TableDensityState {
  density: Density;
  setDensity: (density: Density) => void;
}

/** How tall the table's rows are, remembered on this device. */
export const useTableDensity = create<TableDensityState>()((set) => ({
  density: readStored(densitySetting) ?? "comfortable",
  setDensity: (density) => {
    set({ density });
    writeStored(densitySetting, density);
  },
}));
