import { useTranslation } from "../i18n/use-translation";
import { type Locale, localeFor, toLanguage } from "./locale";

/** The reader's locale: `pick(en, zh)`, list and number formatting. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return localeFor(toLanguage(i18n.language));
}
