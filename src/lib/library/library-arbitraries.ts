import fc from "fast-check";
import { LIMITS, type LibraryEntry, READING_STATUSES } from "./library-entry";

/** Generated library entries for property tests: a few papers and tags, so entries collide often. */
export const PAPER_IDS = ["alpha", "beta", "gamma", "delta"] as const;
const ARXIV: Record<string, string | null> = { alpha: "2404.00001", beta: "2404.00002", gamma: null, delta: null };

export const entryArbitrary: fc.Arbitrary<LibraryEntry> = fc
  .record({
    paperId: fc.constantFrom(...PAPER_IDS),
    starred: fc.boolean(),
    status: fc.constantFrom(null, ...READING_STATUSES),
    tags: fc.uniqueArray(fc.constantFrom("survey", "rl", "audio", "todo", "中文"), { maxLength: 5 }),
    note: fc.oneof(fc.constant(""), fc.constantFrom("good", "read again", "see https://example.org"), fc.string()),
    times: fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(1000)),
  })
  .map(({ paperId, times: [starred, status, tags, note], ...rest }) => ({
    ...rest,
    note: rest.note.slice(0, LIMITS.noteLength / 4),
    paperId,
    arxivId: ARXIV[paperId] ?? null,
    name: paperId,
    changed: { starred, status, tags, note },
  }));

export const recordsArbitrary = fc
  .uniqueArray(entryArbitrary, { selector: (entry) => entry.paperId, maxLength: PAPER_IDS.length })
  .map((entries) => new Map(entries.map((entry) => [entry.paperId, entry])));
