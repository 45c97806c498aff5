/** What an imported JSON file is, judged from its `format` (or its shape), so errors can name it. */
export type FileKind = "library" | "saved-views" | "dataset" | "other";

export const LIBRARY_FORMAT = "paper-explorer/library";
export const SAVED_VIEWS_FORMAT = "paper-explorer/saved-views";

export function fileKind(json: unknown): FileKind {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return "other";
  const format = "format" in json ? json.format : undefined;
  if (format === LIBRARY_FORMAT) return "library";
  if (format === SAVED_VIEWS_FORMAT) return "saved-views";
  if ("schemaVersion" in json && "papers" in json) return "dataset";
  return "other";
}

/** Why a file could not be imported, in terms the UI turns into plain words. */
export type ImportProblem =
  | { kind: "not-json" }
  | { kind: "too-large"; megabytes: number }
  | { kind: "wrong-kind"; found: FileKind }
  | { kind: "newer-version"; version: number }
  | { kind: "damaged" };

/** Files bigger than this are not read: no library or views file comes near it. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Parses a file's text as JSON, or says it is not JSON. */
export function parseJson(text: string): { ok: true; json: unknown } | { ok: false; problem: ImportProblem } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, problem: { kind: "not-json" } };
  }
}
