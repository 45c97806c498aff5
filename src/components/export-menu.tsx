import { useTranslation } from "react-i18next";
import type { Paper } from "../lib/dataset/schema";
import { PAPER_FORMATS } from "../lib/export/formats";
import { FormatMenu } from "./format-menu";
import { useExportDownload } from "./use-export-download";

/** "Export" menu for a list of papers (the current view, in its order) in the four file formats. */
export function ExportMenu({ papers }: { papers: readonly Paper[] }) {
  const { t } = useTranslation("export");
  const { download, failed } = useExportDownload();
  return (
    <FormatMenu
      label={t("button")}
      description={t("viewLabel", { count: papers.length })}
      formats={PAPER_FORMATS}
      disabled={papers.length === 0}
      failed={failed}
      onPick={(format) =>
        void download(({ paperExportFile }, source, labels) => paperExportFile(format, papers, source, labels))
      }
    />
  );
}
