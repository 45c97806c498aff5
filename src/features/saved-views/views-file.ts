import * as v from "valibot";
import { fileKind, type ImportProblem, parseJson, SAVED_VIEWS_FORMAT } from "../../lib/library/file-kind";
import { libraryFromFile } from "../../lib/library/library-file";
import { type SavedView, salvageViews } from "../../lib/saved-views/saved-views";

const fileSchema = v.object({ version: v.number(), views: v.array(v.unknown()) });

export function viewsToFile(views: readonly SavedView[]): string {
  return `${JSON.stringify({ format: SAVED_VIEWS_FORMAT, version: 1, views }, null, 2)}\n`;
}

/**
 * Reads an exported views file (or the views of a library file); keeps each valid view and drops
 * the rest. Never throws; a file it cannot use is described, never with the schema library's text.
 */
export function viewsFromFile(text: string): { ok: true; views: SavedView[] } | { ok: false; problem: ImportProblem } {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const kind = fileKind(parsed.json);
  if (kind === "library") {
    const library = libraryFromFile(text);
    return library.ok ? { ok: true, views: library.views } : library;
  }
  if (kind !== "saved-views") return { ok: false, problem: { kind: "wrong-kind", found: kind } };
  const file = v.safeParse(fileSchema, parsed.json);
  if (!file.success) return { ok: false, problem: { kind: "damaged" } };
  if (file.output.version > 1) return { ok: false, problem: { kind: "newer-version", version: file.output.version } };
  return { ok: true, views: salvageViews(file.output.views) ?? [] };
}
