import { isEmptyEntry, LIMITS, type LibraryEntry } from "./library-entry";

/**
 * Importing a library file into this one. Import only adds: a star, a status, tags and a note from
 * the file join what is here, nothing here is removed. The same paper is found by its id, else by
 * its arXiv id (so a library survives a dataset update, or another dataset with the same papers).
 * Where both sides wrote a different note, both are kept, one after the other, and the paper is
 * named as a conflict. Merging the same file twice changes nothing the second time.
 */

/** Put between two notes kept after a conflict: a Markdown rule, readable as plain text too. */
export const NOTE_SEPARATOR = "\n\n---\n\n";

export interface MergeSummary {
  /** Papers whose entry the import adds or changes. */
  papers: number;
  added: number;
  starred: number;
  statuses: number;
  tags: number;
  notes: number;
  /** Papers whose note differed on both sides: both notes were kept. */
  conflicts: { paperId: string; name: string }[];
  /** What the limits left out. */
  skipped: { entries: number; tags: number; notes: number };
}

export interface MergeResult {
  /** The entries to write: new or changed ones only. */
  entries: LibraryEntry[];
  summary: MergeSummary;
}

function emptySummary(): MergeSummary {
  return {
    papers: 0,
    added: 0,
    starred: 0,
    statuses: 0,
    tags: 0,
    notes: 0,
    conflicts: [],
    skipped: { entries: 0, tags: 0, notes: 0 },
  };
}

const includes = (haystack: string, needle: string) => haystack.trim() !== "" && haystack.includes(needle.trim());

/** One paper: what is here, enriched with what the file says. */
function mergeEntry(here: LibraryEntry, file: LibraryEntry, summary: MergeSummary): LibraryEntry {
  let next = here;
  const set = <F extends keyof LibraryEntry["changed"]>(field: F, value: LibraryEntry[F], at: number) => {
    next = { ...next, [field]: value, changed: { ...next.changed, [field]: Math.max(next.changed[field], at) } };
  };
  if (file.starred && !next.starred) {
    set("starred", true, file.changed.starred);
    summary.starred++;
  }
  if (file.status !== null && file.status !== next.status) {
    if (next.status === null || file.changed.status > next.changed.status) {
      set("status", file.status, file.changed.status);
      summary.statuses++;
    }
  }
  const newTags = file.tags.filter((tag) => !next.tags.includes(tag));
  if (newTags.length > 0) {
    const room = Math.max(0, LIMITS.tagsPerPaper - next.tags.length);
    const kept = newTags.slice(0, room);
    summary.skipped.tags += newTags.length - kept.length;
    if (kept.length > 0) {
      set("tags", [...next.tags, ...kept], file.changed.tags);
      summary.tags += kept.length;
    }
  }
  const mine = next.note;
  const theirs = file.note;
  if (theirs.trim() !== "" && !includes(mine, theirs)) {
    if (mine.trim() === "" || includes(theirs, mine)) {
      set("note", theirs, file.changed.note);
      summary.notes++;
    } else if (mine.length + NOTE_SEPARATOR.length + theirs.length <= LIMITS.noteLength) {
      set("note", mine + NOTE_SEPARATOR + theirs, file.changed.note);
      summary.conflicts.push({ paperId: next.paperId, name: next.name || file.name });
    } else summary.skipped.notes++;
  }
  if (next !== here && next.arxivId === null && file.arxivId !== null) next = { ...next, arxivId: file.arxivId };
  return next;
}

/**
 * The import of `file` into `here` (every record this browser holds, by paper id), without
 * changing either: the entries to write and what they change, for the preview and for applying.
 */
export function mergeLibrary(here: ReadonlyMap<string, LibraryEntry>, file: readonly LibraryEntry[]): MergeResult {
  const summary = emptySummary();
  const merged = new Map(here);
  const byArxiv = new Map<string, string>();
  let count = 0;
  for (const entry of here.values()) {
    if (isEmptyEntry(entry)) continue;
    count++;
    if (entry.arxivId !== null && !byArxiv.has(entry.arxivId)) byArxiv.set(entry.arxivId, entry.paperId);
  }
  const changed = new Set<string>();
  for (const incoming of file) {
    if (isEmptyEntry(incoming)) continue;
    const id = [incoming.paperId, incoming.arxivId === null ? undefined : byArxiv.get(incoming.arxivId)].find(
      (key) => key !== undefined && merged.has(key) && !isEmptyEntry(merged.get(key) as LibraryEntry),
    );
    const target = id === undefined ? undefined : merged.get(id);
    if (target === undefined) {
      if (count >= LIMITS.entries) {
        summary.skipped.entries++;
        continue;
      }
      // A cleared entry of the same paper (kept so tabs agree it was cleared) is filled from the file.
      const cleared = merged.get(incoming.paperId);
      const fresh = cleared ? mergeEntry(cleared, incoming, summary) : incoming;
      if (!cleared) {
        summary.starred += incoming.starred ? 1 : 0;
        summary.statuses += incoming.status !== null ? 1 : 0;
        summary.tags += incoming.tags.length;
        summary.notes += incoming.note.trim() !== "" ? 1 : 0;
      }
      merged.set(fresh.paperId, fresh);
      if (fresh.arxivId !== null && !byArxiv.has(fresh.arxivId)) byArxiv.set(fresh.arxivId, fresh.paperId);
      changed.add(fresh.paperId);
      summary.added++;
      count++;
      continue;
    }
    const next = mergeEntry(target, incoming, summary);
    if (next !== target) {
      merged.set(next.paperId, next);
      changed.add(next.paperId);
    }
  }
  summary.papers = changed.size;
  return { entries: [...changed].map((id) => merged.get(id) as LibraryEntry), summary };
}
