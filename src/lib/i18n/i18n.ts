import { type StringTree, type Translator, translator } from "./translate";
import type { Namespace, TFunction } from "./types";

/**
 * The app's one set of strings and current language. Strings are registered once at start
 * (src/app/i18n.ts); changing the language notifies subscribers, which re-render (see
 * use-translation.ts).
 */

type LanguageStrings = { readonly [ns: string]: StringTree };

let resources: Readonly<Record<string, LanguageStrings>> = {};
let fallbackLanguage = "en";
let current = "en";
let initialized = false;
// Changes with the language and with every namespace added: what subscribers re-render for.
let revision = 0;
const listeners = new Set<(language: string) => void>();
const translators = new Map<string, Translator>();
const fixed = new Map<string, TFunction<Namespace>>();

function translatorFor(language: string, ns: string): Translator {
  const key = `${language}\u0000${ns}`;
  let found = translators.get(key);
  if (!found) {
    found = translator(resources[language]?.[ns], resources[fallbackLanguage]?.[ns], language);
    translators.set(key, found);
  }
  return found;
}

export const i18n = {
  get language(): string {
    return current;
  },
  get isInitialized(): boolean {
    return initialized;
  },
  get revision(): number {
    return revision;
  },
  init(options: { resources: Readonly<Record<string, LanguageStrings>>; language: string; fallbackLanguage: string }) {
    // Namespaces a feature added before (its module loaded first, as in a unit test) are kept.
    const merged: Record<string, LanguageStrings> = { ...resources };
    for (const [language, namespaces] of Object.entries(options.resources)) {
      merged[language] = { ...merged[language], ...namespaces };
    }
    resources = merged;
    initialized = true;
    fallbackLanguage = options.fallbackLanguage;
    current = options.language in resources ? options.language : fallbackLanguage;
    translators.clear();
    fixed.clear();
  },
  /**
   * Adds a namespace's strings in every language: a feature whose code loads later (a route, a
   * menu) registers its own strings when that code loads, so they are not part of the first load.
   */
  addNamespace(ns: Namespace, strings: Readonly<Record<string, StringTree>>): void {
    const next: Record<string, LanguageStrings> = { ...resources };
    for (const [language, tree] of Object.entries(strings)) next[language] = { ...next[language], [ns]: tree };
    resources = next;
    for (const key of [...translators.keys(), ...fixed.keys()]) {
      if (key.endsWith(`\u0000${ns}`)) {
        translators.delete(key);
        fixed.delete(key);
      }
    }
    revision++;
    for (const listener of listeners) listener(current);
  },
  async changeLanguage(language: string): Promise<void> {
    const next = language in resources ? language : fallbackLanguage;
    if (next === current) return;
    current = next;
    revision++;
    for (const listener of listeners) listener(current);
  },
  /** Calls `listener` after every language change and every namespace added; returns how to stop. */
  subscribe(listener: (language: string) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** `t` for one namespace in one language: the same function every time it is asked for. */
  getFixedT<NS extends Namespace>(language: string, ns: NS): TFunction<NS> {
    const key = `${language}\u0000${ns}`;
    let t = fixed.get(key);
    if (!t) {
      const { translate } = translatorFor(language, ns);
      t = (key, values) => translate(key, values);
      fixed.set(key, t);
    }
    return t as TFunction<NS>;
  },
};
