import * as exportMenu from "../components/export-i18n";
import * as common from "../components/i18n";
import * as importProblem from "../components/import-problem-i18n";
import * as appUpdate from "../features/app-update/i18n";
import * as compare from "../features/compare/i18n";
import * as dataset from "../features/dataset-loading/i18n";
import * as explorer from "../features/explorer/i18n";
import * as library from "../features/library/i18n";
import * as detail from "../features/paper-detail/i18n";
import * as preferences from "../features/preferences/i18n";
import { initialLanguage } from "../features/preferences/language-store";
import * as quickFind from "../features/quick-find/i18n";
import * as savedViews from "../features/saved-views/i18n";
import * as stats from "../features/stats/i18n";
import * as storageRecovery from "../features/storage-recovery/i18n";
import { i18n } from "../lib/i18n/i18n";
import { localeFor, toLanguage } from "../lib/locale/locale";
import * as shortcuts from "../lib/shortcuts/i18n";

// Each feature owns its strings as a namespace; this is the one place they are registered.
export const resources = {
  en: {
    common: common.en,
    appUpdate: appUpdate.en,
    compare: compare.en,
    dataset: dataset.en,
    detail: detail.en,
    explorer: explorer.en,
    export: exportMenu.en,
    importProblem: importProblem.en,
    library: library.en,
    preferences: preferences.en,
    quickFind: quickFind.en,
    savedViews: savedViews.en,
    shortcuts: shortcuts.en,
    stats: stats.en,
    storageRecovery: storageRecovery.en,
  },
  zh: {
    common: common.zh,
    appUpdate: appUpdate.zh,
    compare: compare.zh,
    dataset: dataset.zh,
    detail: detail.zh,
    explorer: explorer.zh,
    export: exportMenu.zh,
    importProblem: importProblem.zh,
    library: library.zh,
    preferences: preferences.zh,
    quickFind: quickFind.zh,
    savedViews: savedViews.zh,
    shortcuts: shortcuts.zh,
    stats: stats.zh,
    storageRecovery: storageRecovery.zh,
  },
} as const;

export function setupI18n(): typeof i18n {
  i18n.init({ resources, language: initialLanguage(), fallbackLanguage: "en" });
  const setDocumentLanguage = (language: string) => {
    document.documentElement.lang = localeFor(toLanguage(language)).tag;
  };
  setDocumentLanguage(i18n.language);
  i18n.subscribe(setDocumentLanguage);
  return i18n;
}
