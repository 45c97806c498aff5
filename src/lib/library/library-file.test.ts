import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyEntry } from "./library-entry";
import { libraryFromFile, libraryToFile } from "./library-file";

const entry = { ...emptyEntry({ id: "multibooth", arxivId: "2404.14239", name: "MultiBooth" }), starred: true };
const view = { id: "v1", name: "Audio", search: "?chapter=audio", createdAt: 1 };

describe("library file", () => {
  it("round-trips entries and views, leaving cleared entries out", () => {
    const cleared = emptyEntry({ id: "moa", arxivId: null, name: "MoA" });
    const text = libraryToFile([entry, cleared], [view], new Date(0));
    expect(JSON.parse(text)).toMatchObject({ format: "paper-explorer/library", version: 1 });
    expect(libraryFromFile(text)).toEqual({ ok: true, entries: [entry], views: [view], unreadable: 0 });
  });

  it("keeps what it can read of a damaged file and counts the rest", () => {
    const text = JSON.stringify({
      format: "paper-explorer/library",
      version: 1,
      papers: [entry, { paperId: "Not A Slug" }],
      views: [view, { id: 3 }],
    });
    expect(libraryFromFile(text)).toEqual({ ok: true, entries: [entry], views: [view], unreadable: 2 });
  });

  it("says what a file is when it is not one it can read", () => {
    expect(libraryFromFile("nope")).toEqual({ ok: false, problem: { kind: "not-json" } });
    expect(libraryFromFile(JSON.stringify({ format: "paper-explorer/saved-views", views: [] }))).toEqual({
      ok: false,
      problem: { kind: "wrong-kind", found: "saved-views" },
    });
    expect(libraryFromFile(JSON.stringify({ format: "paper-explorer/library", version: 2, papers: [] }))).toEqual({
      ok: false,
      problem: { kind: "newer-version", version: 2 },
    });
    expect(libraryFromFile(JSON.stringify({ format: "paper-explorer/library", papers: {} }))).toEqual({
      ok: false,
      problem: { kind: "damaged" },
    });
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => void libraryFromFile(text)),
      { numRuns: 1000 },
    );
  });
});
