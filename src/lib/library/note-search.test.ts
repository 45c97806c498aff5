import { describe, expect, it } from "vitest";
import { emptyEntry } from "./library-entry";
import { noteHits, withNoteHits } from "./note-search";

const entry = (id: string, note: string, tags: string[] = []) => ({
  ...emptyEntry({ id, arxivId: null, name: id }),
  note,
  tags,
});

describe("note search", () => {
  const placed = {
    positions: Uint32Array.from([1, 4, 7]),
    entries: [entry("a", "Great speech codec"), entry("b", "清华大学的工作"), entry("c", "", ["reread"])],
  };

  it("finds papers whose note or tags hold every word of the search, case aside, Chinese included", () => {
    expect([...noteHits(placed, "CODEC great")]).toEqual([1]);
    expect([...noteHits(placed, "大学")]).toEqual([4]);
    expect([...noteHits(placed, "reread")]).toEqual([7]);
    expect([...noteHits(placed, "codec missing")]).toEqual([]);
  });

  it("adds note hits to the index's exact hits, promoting a close match and keeping the order", () => {
    const answer = { matches: Uint32Array.from([9, 2, 5, 4]), exact: 2 };
    expect(withNoteHits(answer, Uint32Array.from([2, 4, 6]))).toEqual({
      matches: Uint32Array.from([9, 2, 4, 6, 5]),
      exact: 4,
    });
    expect(withNoteHits(answer, new Uint32Array(0))).toBe(answer);
  });
});
