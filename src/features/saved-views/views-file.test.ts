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

  it("rejects other files with a reason", () => {
    expect(viewsFromFile("{}")).toMatchObject({ ok: false });
    expect(viewsFromFile("not json")).toMatchObject({ ok: false });
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => void viewsFromFile(text)),
      { numRuns: 1000 },
    );
  });
});
