import { useMemo, useSyncExternalStore } from "react";
import { i18n } from "./i18n";
import type { Namespace, TFunction } from "./types";

const getLanguage = () => i18n.language;

/**
 * A namespace's `t` in the current language, and the i18n object. `t` keeps its identity until the
 * language changes, so memos that depend on it recompute only then.
 */
export function useTranslation<NS extends Namespace = "common">(ns?: NS): { t: TFunction<NS>; i18n: typeof i18n } {
  const language = useSyncExternalStore(i18n.subscribe, getLanguage);
  const namespace = (ns ?? "common") as NS;
  return useMemo(() => ({ t: i18n.getFixedT(language, namespace), i18n }), [language, namespace]);
}
