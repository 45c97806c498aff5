import { saveAs } from "file-saver";
import type { ExportFile } from "./export-files";

/**
 * Hands a file to the browser's download. FileSaver covers the browser differences (Safari's
 * blob handling, revoking the object URL only after the download has started).
 */
export function downloadFile(file: ExportFile): void {
  saveAs(new Blob([file.text], { type: `${file.type};charset=utf-8` }), file.name);
}
