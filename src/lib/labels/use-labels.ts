import { useDatasetStore } from "../dataset/dataset-store";
import { useTranslation } from "../i18n/use-translation";
import { toLanguage } from "../locale/locale";
import { type Labels, labelsFor } from "./labels";

export type { Labels } from "./labels";

/** Display names for every id and vocabulary value, in the current language. */
export function useLabels(): Labels {
  const { i18n } = useTranslation();
  const dataset = useDatasetStore((state) => state.loaded?.dataset ?? null);
  return labelsFor(dataset, toLanguage(i18n.language));
}
