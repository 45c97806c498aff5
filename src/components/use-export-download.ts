import { useState } from "react";
import { useDatasetStore } from "../lib/dataset/dataset-store";
import type { ExportFile, ExportSource } from "../lib/export/export-files";
import { type Labels, useLabels } from "../lib/labels/use-labels";

type Build = (exports: typeof import("../lib/export/export-files"), source: ExportSource, labels: Labels) => ExportFile;

/**
 * Builds an export and downloads it. The formatters (and Papa Parse) load on the first
 * export, so they cost nothing on pages where nobody exports.
 */
export function useExportDownload(): { download: (build: Build) => Promise<void>; failed: boolean } {
  const loaded = useDatasetStore((state) => state.loaded);
  const labels = useLabels();
  const [failed, setFailed] = useState(false);
  const download = async (build: Build) => {
    if (!loaded) return;
    try {
      const [exports, { downloadFile }] = await Promise.all([
        import("../lib/export/export-files"),
        import("../lib/export/download"),
      ]);
      downloadFile(build(exports, loaded, labels));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return { download, failed };
}
