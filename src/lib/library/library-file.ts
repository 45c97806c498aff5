import * as v from "valibot";
import { type SavedView, salvageViews } from "../saved-views/saved-views";
import { fileKind, type ImportProblem, LIBRARY_FORMAT, parseJson } from "./file-kind";
import { entrySchema, isEmptyEntry, type LibraryEntry } from "./library-entry";

/**
 * The whole personal library as one versioned JSON file: every paper's star, status, tags and
 * note, and the saved views. Readable by people and scripts; imported back with a preview.
 */

export const LIBRARY_FILE_VERSION = 1;

const fileSchema = v.object({
  format: v.literal(LIBRARY_FORMAT),
  version: v.number(),
  papers: v.array(v.unknown()),
  views: v.optional(v.array(v.unknown()), []),
});

export function libraryToFile(entries: Iterable<LibraryEntry>, views: readonly SavedView[], now: Date): string {
  const papers = [...entries].filter((entry) => !isEmptyEntry(entry));
  const file = { format: LIBRARY_FORMAT, version: LIBRARY_FILE_VERSION, exportedAt: now.toISOString(), papers, views };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type LibraryFileResult =
  | { ok: true; entries: LibraryEntry[]; views: SavedView[]; unreadable: number }
  | { ok: false; problem: ImportProblem };

/** Reads a library file; keeps each readable entry and view and counts the rest. Never throws. */
export function libraryFromFile(text: string): LibraryFileResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const kind = fileKind(parsed.json);
  if (kind !== "library") return { ok: false, problem: { kind: "wrong-kind", found: kind } };
  const file = v.safeParse(fileSchema, parsed.json);
  if (!file.success) return { ok: false, problem: { kind: "damaged" } };
  const { version, papers, views } = file.output;
  if (version > LIBRARY_FILE_VERSION) return { ok: false, problem: { kind: "newer-version", version } };
  if (version < 1 || !Number.isInteger(version)) return { ok: false, problem: { kind: "damaged" } };
  const entries = papers.flatMap((item) => {
    const entry = v.safeParse(entrySchema, item);
    return entry.success ? [entry.output] : [];
  });
  const keptViews = salvageViews(views) ?? [];
  return {
    ok: true,
    entries,
    views: keptViews,
    unreadable: papers.length - entries.length + views.length - keptViews.length,
  };
}
