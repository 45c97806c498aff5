import type { Paper } from "../dataset/schema";
import type { LibraryEntry } from "../library/library-entry";
import { libraryWords } from "../library/library-words";
import type { Language } from "../locale/locale";

/**
 * The reader's own fields (star, status, tags, note) in exports, when they ask for them. Each
 * format adds them its own way; this module says what they are and how they read as text.
 */

/** A paper's entry in the reader's library, if any: how exports look up what to add. */
export type EntryOf = (paper: Paper) => LibraryEntry | undefined;

export const LIBRARY_EXPORT_FIELDS = ["starred", "status", "tags", "note"] as const;
export type LibraryExportField = (typeof LIBRARY_EXPORT_FIELDS)[number];

/** The fields as data (for JSON): every paper gets them, empty when the reader set nothing. */
export function libraryData(entry: LibraryEntry | undefined) {
  return {
    starred: entry?.starred ?? false,
    status: entry?.status ?? null,
    tags: entry?.tags ?? [],
    note: entry?.note ?? "",
  };
}

/** Stable column values for CSV: `true`/`false`, the status code, tags joined, the note as written. */
export function libraryCsvCells(entry: LibraryEntry | undefined, separator: string): string[] {
  const data = libraryData(entry);
  return [String(data.starred), data.status ?? "", data.tags.join(separator), data.note];
}

/** The fields' names in the reader's language (Markdown's header). */
export function libraryFieldNames(language: Language): string[] {
  const { fields } = libraryWords(language);
  return LIBRARY_EXPORT_FIELDS.map((field) => fields[field]);
}

/** The fields as a reader sees them, in their language (Markdown). */
export function libraryTextCells(entry: LibraryEntry | undefined, language: Language): string[] {
  const words = libraryWords(language);
  const data = libraryData(entry);
  return [data.starred ? "★" : "", data.status ? words.status[data.status] : "", data.tags.join(", "), data.note];
}
