import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ExportLabels } from "../lib/export/export-labels";
import { useLabels } from "../lib/labels/use-labels";

/** The app's display names plus the export's field names, in the current language. */
export function useExportLabels(): ExportLabels {
  const { t } = useTranslation("export");
  const labels = useLabels();
  return useMemo(() => ({ ...labels, field: (field) => t(`fields.${field}`) }), [labels, t]);
}
