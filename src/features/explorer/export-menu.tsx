import { memo } from "react";
import { useTranslation } from "react-i18next";
import { FormatMenu } from "../../components/format-menu";
import { useExportDownload } from "../../components/use-export-download";
import type { Paper } from "../../lib/dataset/schema";
import { PAPER_FORMATS } from "../../lib/export/formats";

/** "Export" menu for the view's papers, in its order, in the four file formats. */
export const ExportMenu = memo(function ExportMenu({ rows, papers }: { rows: Uint32Array; papers: readonly Paper[] }) {
  const { t } = useTranslation("export");
  const { download, failed } = useExportDownload();
  const shown = () => Array.from(rows, (i) => papers[i]).filter((paper) => paper !== undefined);
  return (
    <FormatMenu
      label={t("button")}
      description={t("viewLabel", { count: rows.length })}
      formats={PAPER_FORMATS}
      disabled={rows.length === 0}
      failed={failed}
      onPick={(format) =>
        void download(({ paperExportFile }, source, labels) => paperExportFile(format, shown(), source, labels))
      }
    />
  );
});
