import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordsArbitrary } from "./library-arbitraries";
import { emptyEntry, isEmptyEntry, type LibraryEntry } from "./library-entry";
import { mergeLibrary, NOTE_SEPARATOR } from "./merge-library";

/** The library after importing: the records with the merge's entries written over them. */
function applied(here: ReadonlyMap<string, LibraryEntry>, file: readonly LibraryEntry[]) {
  const result = new Map(here);
  for (const entry of mergeLibrary(here, file).entries) result.set(entry.paperId, entry);
  return result;
}

const paper = (id: string, arxivId: string | null = null) => ({ id, arxivId, name: id });
const entry = (id: string, fields: Partial<LibraryEntry>, arxivId: string | null = null): LibraryEntry => ({
  ...emptyEntry(paper(id, arxivId)),
  ...fields,
});

describe("mergeLibrary", () => {
  it("is idempotent: importing the same file twice changes nothing the second time", () => {
    fc.assert(
      fc.property(recordsArbitrary, recordsArbitrary, (here, file) => {
        const once = applied(here, [...file.values()]);
        const again = mergeLibrary(once, [...file.values()]);
        expect(again.entries).toEqual([]);
        expect(again.summary.papers).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("never drops anything: every star, status, tag and note here or in the file is still there", () => {
    fc.assert(
      fc.property(recordsArbitrary, recordsArbitrary, (here, file) => {
        const result = applied(here, [...file.values()]);
        // What was here is kept (import only adds).
        for (const [id, before] of here) {
          const after = result.get(id) as LibraryEntry;
          expect(after.starred || !before.starred).toBe(true);
          expect(after.status === null && before.status !== null).toBe(false);
          for (const tag of before.tags) expect(after.tags).toContain(tag);
          // A note of only spaces counts as none (see isEmptyEntry), so an import may replace it.
          expect(after.note.includes(before.note.trim())).toBe(true);
        }
        // What the file says is found on the same paper (by id, or by arXiv id).
        for (const incoming of file.values()) {
          if (isEmptyEntry(incoming)) continue;
          const target = [...result.values()].find(
            (candidate) =>
              !isEmptyEntry(candidate) &&
              (candidate.paperId === incoming.paperId ||
                (incoming.arxivId !== null && candidate.arxivId === incoming.arxivId)),
          ) as LibraryEntry;
          expect(target).toBeDefined();
          expect(target.starred || !incoming.starred).toBe(true);
          for (const tag of incoming.tags) expect(target.tags).toContain(tag);
          expect(target.note.includes(incoming.note.trim())).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps both notes of a paper edited in both places and names it as a conflict", () => {
    const here = new Map([
      ["moa", entry("moa", { note: "Mine", changed: { starred: 0, status: 0, tags: 0, note: 5 } })],
    ]);
    const { entries, summary } = mergeLibrary(here, [
      entry("moa", { note: "Theirs", changed: { starred: 0, status: 0, tags: 0, note: 9 } }),
    ]);
    expect(entries.map((e) => e.note)).toEqual([`Mine${NOTE_SEPARATOR}Theirs`]);
    expect(summary.conflicts).toEqual([{ paperId: "moa", name: "moa" }]);
  });

  it("finds the same paper by its arXiv id when its id changed (a dataset update)", () => {
    const here = new Map([["old-id", entry("old-id", { starred: true }, "2404.14239")]]);
    const { entries, summary } = mergeLibrary(here, [entry("new-id", { tags: ["survey"] }, "2404.14239")]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ paperId: "old-id", starred: true, tags: ["survey"] });
    expect(summary).toMatchObject({ papers: 1, added: 0, tags: 1 });
  });

  it("takes the newer of two different statuses, and any status over none", () => {
    const mine = entry("a", { status: "read", changed: { starred: 0, status: 10, tags: 0, note: 0 } });
    const older = entry("a", { status: "to-read", changed: { starred: 0, status: 5, tags: 0, note: 0 } });
    const newer = entry("a", { status: "reading", changed: { starred: 0, status: 20, tags: 0, note: 0 } });
    expect(mergeLibrary(new Map([["a", mine]]), [older]).entries).toEqual([]);
    expect(mergeLibrary(new Map([["a", mine]]), [newer]).entries[0]?.status).toBe("reading");
  });

  it("counts what the limits leave out", () => {
    const tags = Array.from({ length: 20 }, (_, i) => `t${i}`);
    const here = new Map([["a", entry("a", { tags })]]);
    const { summary } = mergeLibrary(here, [entry("a", { tags: ["extra", "more"] })]);
    expect(summary.skipped.tags).toBe(2);
  });
});
