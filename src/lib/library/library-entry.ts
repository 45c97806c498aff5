import * as v from "valibot";
import { stripBidiControls } from "../dataset/schema";

/**
 * One paper in the reader's own library: a star, a reading status, free tags and a note. Kept in
 * this browser only. Each field records when it last changed, so two tabs editing the same paper
 * at once keep both edits (see `reconcileEntries`).
 */

export const READING_STATUSES = ["to-read", "reading", "read"] as const;
export type ReadingStatus = (typeof READING_STATUSES)[number];

export const LIBRARY_FIELDS = ["starred", "status", "tags", "note"] as const;
export type LibraryField = (typeof LIBRARY_FIELDS)[number];

/** Limits, stated in the UI before they are reached. */
export const LIMITS = {
  /** Papers with an entry. */
  entries: 5000,
  tagsPerPaper: 20,
  tagLength: 40,
  noteLength: 10_000,
} as const;

/**
 * A tag: letters or digits in any script, joined by `-`, `_`, `.` or `+`; no spaces or commas (it
 * goes in the URL's comma-separated `tag=` list). Latin letters are lower-cased.
 */
const TAG = /^[\p{L}\p{N}][\p{L}\p{N}_.+-]*$/u;

export const tagSchema = v.pipe(v.string(), v.maxLength(LIMITS.tagLength), v.regex(TAG));

/** The tag a typed text stands for (spaces become hyphens, case folded), or null when it cannot be one. */
export function normalizeTag(text: string): string | null {
  const tag = text.trim().toLowerCase().replace(/\s+/g, "-").replace(/,/g, "");
  return v.is(tagSchema, tag) ? tag : null;
}

const time = v.pipe(v.number(), v.minValue(0));

export const entrySchema = v.object({
  paperId: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(120)),
  arxivId: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}\.\d{4,5}$/))),
  /** The paper's name when last edited: the library file stays readable without the dataset. */
  name: v.pipe(v.string(), v.maxLength(300), v.transform(stripBidiControls)),
  starred: v.boolean(),
  status: v.nullable(v.picklist(READING_STATUSES)),
  tags: v.pipe(v.array(tagSchema), v.maxLength(LIMITS.tagsPerPaper)),
  // Direction overrides could make a note (say, from an imported file) display something else.
  note: v.pipe(v.string(), v.maxLength(LIMITS.noteLength), v.transform(stripBidiControls)),
  /** When each field last changed (ms since 1970); 0 for never. */
  changed: v.object({ starred: time, status: time, tags: time, note: time }),
});

export type LibraryEntry = v.InferOutput<typeof entrySchema>;

/** What identifies a paper across datasets: its id, then its arXiv id. */
export interface PaperKey {
  id: string;
  arxivId: string | null;
  name: string;
}

export function emptyEntry(paper: PaperKey): LibraryEntry {
  return {
    paperId: paper.id,
    arxivId: paper.arxivId,
    name: paper.name,
    starred: false,
    status: null,
    tags: [],
    note: "",
    changed: { starred: 0, status: 0, tags: 0, note: 0 },
  };
}

/** Nothing the reader set: not shown, counted or exported (it is kept in storage so tabs agree it was cleared). */
export function isEmptyEntry(entry: LibraryEntry): boolean {
  return !entry.starred && entry.status === null && entry.tags.length === 0 && entry.note.trim() === "";
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

export function sameValue(field: LibraryField, a: LibraryEntry, b: LibraryEntry): boolean {
  return field === "tags" ? sameList(a.tags, b.tags) : a[field] === b[field];
}

/** The entry with one field set (and its time recorded), or the same entry when nothing changes. */
export function withField<F extends LibraryField>(
  entry: LibraryEntry,
  field: F,
  value: LibraryEntry[F],
  now: number,
): LibraryEntry {
  const next = { ...entry, [field]: value };
  if (sameValue(field, entry, next)) return entry;
  // A clock that went back must not make the new value older than the one it replaces.
  return { ...next, changed: { ...entry.changed, [field]: Math.max(now, entry.changed[field] + 1) } };
}

/** The status after this one, for a key that steps through them: none → to read → reading → read → none. */
export function nextStatus(status: ReadingStatus | null): ReadingStatus | null {
  const at = status === null ? -1 : READING_STATUSES.indexOf(status);
  return READING_STATUSES[at + 1] ?? null;
}
