import { describe, expect, it } from "vitest";
import { groupsOf, tableLayout } from "./table-layout";

describe("tableLayout", () => {
  it("places ungrouped rows at fixed heights", () => {
    const layout = tableLayout(100_000, null, 68, 40);
    expect(layout.length).toBe(100_000);
    expect(layout.height).toBe(6_800_000);
    expect(layout.lineAt(5)).toEqual({ type: "paper", row: 5 });
    expect(layout.top(5)).toBe(340);
    expect(layout.lineAtOffset(341)).toBe(5);
    expect(layout.lineAtOffset(-10)).toBe(0);
    expect(layout.lineAtOffset(1e9)).toBe(99_999);
  });

  it("puts a heading line before each chapter when grouped", () => {
    // Rows 0-1 in chapter rank 0, rows 2-4 in rank 2.
    const rows = Uint32Array.from([10, 11, 12, 13, 14]);
    const chapterRank = new Uint32Array(15);
    chapterRank.fill(2, 12);
    const groups = groupsOf(rows, chapterRank);
    expect(groups).toEqual([
      { rank: 0, start: 0, count: 2 },
      { rank: 2, start: 2, count: 3 },
    ]);
    const layout = tableLayout(rows.length, groups, 68, 40);
    expect(layout.length).toBe(7);
    expect([...Array(7).keys()].map((line) => layout.lineAt(line))).toEqual([
      { type: "group", group: 0 },
      { type: "paper", row: 0 },
      { type: "paper", row: 1 },
      { type: "group", group: 1 },
      { type: "paper", row: 2 },
      { type: "paper", row: 3 },
      { type: "paper", row: 4 },
    ]);
    expect([...Array(7).keys()].map((line) => layout.top(line))).toEqual([0, 40, 108, 176, 216, 284, 352]);
    expect(layout.height).toBe(420);
    expect(layout.lineAtOffset(0)).toBe(0);
    expect(layout.lineAtOffset(109)).toBe(2);
    expect(layout.lineAtOffset(180)).toBe(3);
    expect(layout.lineAtOffset(300)).toBe(5);
    expect(layout.lineOfRow(0)).toBe(1);
    expect(layout.lineOfRow(2)).toBe(4);
  });
});
