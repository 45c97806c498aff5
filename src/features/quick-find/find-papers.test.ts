import { describe, expect, it } from "vitest";
import { findPapers, matchesText } from "./find-papers";

describe("findPapers", () => {
  it("shows the best matches and says how many more there are", () => {
    expect(findPapers(Uint32Array.from([4, 2, 9]), 2)).toEqual({ shown: [4, 2], more: 1 });
    expect(findPapers(Uint32Array.from([4]), 5)).toEqual({ shown: [4], more: 0 });
  });

  it("shows nothing without a query or before the answer", () => {
    expect(findPapers(null, 5)).toEqual({ shown: [], more: 0 });
    expect(findPapers(undefined, 5)).toEqual({ shown: [], more: 0 });
  });
});

describe("matchesText", () => {
  it("matches any text case-insensitively, and everything for an empty query", () => {
    expect(matchesText("STATS", "Go to stats")).toBe(true);
    expect(matchesText("概览", "Go to the overview", "前往概览")).toBe(true);
    expect(matchesText("zzz", "Go to stats")).toBe(false);
    expect(matchesText(" ", "anything")).toBe(true);
  });
});
