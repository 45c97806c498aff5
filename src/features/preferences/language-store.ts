import * as v from "valibot";
import { readStored, type StoredValue, writeStored } from "../../lib/storage/storage";

export const LANGUAGES = ["en", "zh"] as const;
export type Language = (typeof LANGUAGES)[number];

const languageSetting: StoredValue<Language> = { key: "language", version: 1, schema: v.picklist(LANGUAGES) };

/** The saved choice, else the browser's first preference we can serve. */
export function initialLanguage(): Language {
  const saved = readStored(languageSetting);
  if (saved) return saved;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "zh" || base === "en") return base;
  }
  return "en";
}

export function saveLanguage(language: Language): void {
  writeStored(languageSetting, language);
}
