import { useMemo, useSyncExternalStore } from "react";
import { i18n } from "./i18n";
import type { Namespace, TFunction } from "./types";

const getRevision = () => i18n.revision;

/**
 * A namespace's `t` in the current language, and the i18n object. `t` keeps its identity until the
 * language changes (or the namespace's strings arrive), so memos that depend on it recompute only then.
 */
export function useTranslation<NS extends Namespace = "common">(ns?: NS): { t: TFunction<NS>; i18n: typeof i18n } {
  useSyncExternalStore(i18n.subscribe, getRevision);
  const t = i18n.getFixedT(i18n.language, (ns ?? "common") as NS);
  return useMemo(() => ({ t, i18n }), [t]);
}
