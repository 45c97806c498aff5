import { useCallback } from "react";
import { useTranslation } from "../lib/i18n/use-translation";
import { useLocale } from "../lib/locale/use-locale";

/** Authors as one line: all of them, or the first `shown` and "et al." when there are more. */
export function useAuthorLine(): (authors: readonly string[], shown: number) => string {
  const { t } = useTranslation();
  const { list } = useLocale();
  return useCallback(
    (authors, shown) =>
      authors.length > shown ? t("authors.etAl", { names: authors.slice(0, shown).join(", ") }) : list(authors),
    [t, list],
  );
}
