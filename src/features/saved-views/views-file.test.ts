import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { viewsFromFile, viewsToFile } from "./views-file";

const view = { id: "a1", name: "Speech", search: "?q=speech", createdAt: 1 };

describe("saved views file", () => {
  it("round-trips", () => {
    expect(viewsFromFile(viewsToFile([view]))).toEqual({ ok: true, views: [view] });
  });

  it("keeps the valid views of a partly broken file", () => {
    const text = JSON.stringify({ format: "paper-explorer/saved-views", version: 1, views: [view, { name: 3 }] });
    expect(viewsFromFile(text)).toEqual({ ok: true, views: [view] });
  });

  it("takes the views of a library file", () => {
    const text = JSON.stringify({ format: "paper-explorer/library", version: 1, papers: [], views: [view] });
    expect(viewsFromFile(text)).toEqual({ ok: true, views: [view] });
  });

  it("says what a file is instead of passing on the schema library's text", () => {
    expect(viewsFromFile("{}")).toEqual({ ok: false, problem: { kind: "wrong-kind", found: "other" } });
    expect(viewsFromFile("not json")).toEqual({ ok: false, problem: { kind: "not-json" } });
    expect(viewsFromFile(JSON.stringify({ schemaVersion: 1, papers: [] }))).toEqual({
      ok: false,
      problem: { kind: "wrong-kind", found: "dataset" },
    });
    expect(viewsFromFile(JSON.stringify({ format: "paper-explorer/saved-views", version: 3, views: [] }))).toEqual({
      ok: false,
      problem: { kind: "newer-version", version: 3 },
    });
    expect(viewsFromFile(JSON.stringify({ format: "paper-explorer/saved-views" }))).toEqual({
      ok: false,
      problem: { kind: "damaged" },
    });
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => void viewsFromFile(text)),
      { numRuns: 1000 },
    );
  });
});
