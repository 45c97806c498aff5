import { useTranslation } from "../lib/i18n/use-translation";
import { copyText } from "./clipboard";
import { showToast } from "./toast";

/** Copies a link and says so in a toast; resolves to whether the browser allowed it. */
export function useCopyLink(): (url: string) => Promise<boolean> {
  const { t } = useTranslation();
  return async (url) => {
    try {
      await copyText(url);
      showToast(t("share.copied"), "success");
      return true;
    } catch {
      showToast(t("share.copyFailed"), "error");
      return false;
    }
  };
}
