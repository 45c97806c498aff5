/** A text file to hand to the user. */
export interface DownloadFile {
  name: string;
  /** MIME type without charset; every file is UTF-8 text. */
  type: string;
  text: string;
}

// Long enough for the browser to have started reading the file, whatever the platform.
const REVOKE_AFTER_MS = 60_000;

/** Hands a file to the browser's download: a temporary link to an object URL, clicked, then released. */
export function downloadFile({ name, type, text }: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
