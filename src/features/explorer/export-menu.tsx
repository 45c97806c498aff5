import { memo } from "react";
import { useTranslation } from "react-i18next";
import { FormatMenu } from "../../components/format-menu";
import { useExportDownload } from "../../components/use-export-download";
import { PAPER_FORMATS } from "../../lib/export/formats";
import { usePaperView } from "../../lib/view/use-paper-view";

/** "Export" menu for the view's papers, in its order, in the four file formats. */
export const ExportMenu = memo(function ExportMenu() {
  const { t } = useTranslation("export");
  const { download, failed } = useExportDownload();
  const { rows, loaded } = usePaperView();
  const shown = () => Array.from(rows, (i) => loaded?.dataset.papers[i]).filter((paper) => paper !== undefined);
  return (
    <FormatMenu
      label={t("button")}
      describe={() => t("viewLabel", { count: rows.length })}
      formats={PAPER_FORMATS}
      disabled={rows.length === 0}
      failed={failed}
      onPick={(format) =>
        void download(({ paperExportFile }, source, labels) => paperExportFile(format, shown(), source, labels))
      }
    />
  );
});
