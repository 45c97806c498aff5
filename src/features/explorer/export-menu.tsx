import { memo, useState } from "react";
import { FormatMenu } from "../../components/format-menu";
import { useExportDownload } from "../../components/use-export-download";
import type { Paper } from "../../lib/dataset/schema";
import { PAPER_FORMATS } from "../../lib/export/formats";
import { useTranslation } from "../../lib/i18n/use-translation";
import { entryOf } from "../../lib/library/library-lookup";
import { useLibrary } from "../../lib/library/library-store";
import { usePaperView } from "../../lib/view/use-paper-view";

/** "Export" menu for the view's papers, in its order, in the four file formats; optionally with the reader's library. */
export const ExportMenu = memo(function ExportMenu() {
  const { t } = useTranslation("export");
  const { download, failed } = useExportDownload();
  const { rows, loaded } = usePaperView();
  const [includeLibrary, setIncludeLibrary] = useState(false);
  const shown = () => Array.from(rows, (i) => loaded?.dataset.papers[i]).filter((paper) => paper !== undefined);
  const library = () => {
    const current = useLibrary.getState().library;
    return (paper: Paper) => entryOf(current, paper);
  };
  return (
    <FormatMenu
      label={t("button")}
      describe={() => t("viewLabel", { count: rows.length })}
      formats={PAPER_FORMATS}
      disabled={rows.length === 0}
      failed={failed}
      option={{
        label: t("includeLibrary"),
        note: t("libraryPrivate"),
        checked: includeLibrary,
        onChange: setIncludeLibrary,
      }}
      onPick={(format) =>
        void download(({ paperExportFile }, source, labels) =>
          paperExportFile(format, shown(), source, labels, includeLibrary ? library() : undefined),
        )
      }
    />
  );
});
