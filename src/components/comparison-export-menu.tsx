import type { Paper } from "../lib/dataset/schema";
import { COMPARISON_FORMATS } from "../lib/export/formats";
import { useTranslation } from "../lib/i18n/use-translation";
import { FormatMenu } from "./format-menu";
import { useExportDownload } from "./use-export-download";

/** "Export comparison": the compared papers side by side, one row per attribute, as Markdown or CSV. */
export function ComparisonExportMenu({ papers }: { papers: readonly Paper[] }) {
  const { t } = useTranslation("export");
  const { download, failed } = useExportDownload();
  return (
    <FormatMenu
      label={t("comparisonButton")}
      describe={() => t("comparisonLabel", { count: papers.length })}
      formats={COMPARISON_FORMATS}
      disabled={papers.length === 0}
      failed={failed}
      onPick={(format) =>
        void download(({ comparisonExportFile }, source, labels) =>
          comparisonExportFile(format, papers, source, labels),
        )
      }
    />
  );
}
