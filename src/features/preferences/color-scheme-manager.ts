import type { MantineColorScheme, MantineColorSchemeManager } from "@mantine/core";
import * as v from "valibot";
import { readStored, type StoredValue, writeStored } from "../../lib/storage/storage";

const colorSchemeSetting: StoredValue<MantineColorScheme> = {
  key: "color-scheme",
  version: 1,
  schema: v.picklist(["light", "dark", "auto"]),
};

/** Mantine's manager, routed through our validated storage instead of raw localStorage. */
export function colorSchemeManager(): MantineColorSchemeManager {
  return {
    get: (defaultValue) => readStored(colorSchemeSetting) ?? defaultValue,
    set: (value) => {
      writeStored(colorSchemeSetting, value);
    },
    subscribe: () => {},
    unsubscribe: () => {},
    clear: () => writeStored(colorSchemeSetting, "auto"),
  };
}
