import * as exportMenu from "../components/export-i18n";
import * as common from "../components/i18n";
import * as importProblem from "../components/import-problem-i18n";
import * as appUpdate from "../features/app-update/i18n";
import * as compare from "../features/compare/i18n";
import * as dataset from "../features/dataset-loading/i18n";
import * as explorer from "../features/explorer/i18n";
import type * as library from "../features/library/i18n";
import type * as detail from "../features/paper-detail/i18n";
import * as preferences from "../features/preferences/i18n";
import { initialLanguage } from "../features/preferences/language-store";
import * as quickFind from "../features/quick-find/i18n";
import * as savedViews from "../features/saved-views/i18n";
import type * as stats from "../features/stats/i18n";
import * as storageRecovery from "../features/storage-recovery/i18n";
import { i18n } from "../lib/i18n/i18n";
import { localeFor, toLanguage } from "../lib/locale/locale";
import * as shortcuts from "../lib/shortcuts/i18n";

// Each feature owns its strings as a namespace; this is the one place they are registered, except
// for the features whose code loads after the first paint (a route, a menu): they register their
// own strings when their code loads (see `lazyNamespaces`), and only their types are named here.
export const resources = {
  en: {
    common: common.en,
    appUpdate: appUpdate.en,
    compare: compare.en,
    dataset: dataset.en,
    explorer: explorer.en,
    export: exportMenu.en,
    importProblem: importProblem.en,
    preferences: preferences.en,
    quickFind: quickFind.en,
    savedViews: savedViews.en,
    shortcuts: shortcuts.en,
    storageRecovery: storageRecovery.en,
  },
  zh: {
    common: common.zh,
    appUpdate: appUpdate.zh,
    compare: compare.zh,
    dataset: dataset.zh,
    explorer: explorer.zh,
    export: exportMenu.zh,
    importProblem: importProblem.zh,
    preferences: preferences.zh,
    quickFind: quickFind.zh,
    savedViews: savedViews.zh,
    shortcuts: shortcuts.zh,
    storageRecovery: storageRecovery.zh,
  },
} as const;

/** Namespaces whose strings come with their feature's code (`i18n.addNamespace` in their i18n.ts). */
export interface LazyNamespaces {
  detail: typeof detail.en;
  library: typeof library.en;
  stats: typeof stats.en;
}

export function setupI18n(): typeof i18n {
  i18n.init({ resources, language: initialLanguage(), fallbackLanguage: "en" });
  const setDocumentLanguage = (language: string) => {
    document.documentElement.lang = localeFor(toLanguage(language)).tag;
  };
  setDocumentLanguage(i18n.language);
  i18n.subscribe(setDocumentLanguage);
  return i18n;
}
