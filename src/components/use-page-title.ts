import { useEffect } from "react";
import { useTranslation } from "../lib/i18n/use-translation";

/** Sets the document title to "<page> · Paper Explorer" in the current language. */
export function usePageTitle(page: string | null): void {
  const { t } = useTranslation();
  const title = page ? t("pageTitle", { page }) : t("appName");
  useEffect(() => {
    document.title = title;
  }, [title]);
}
