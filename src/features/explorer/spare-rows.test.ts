import { describe, expect, it } from "vitest";
import { SpareRows } from "./spare-rows";

const lines = (from: number, to: number, label: string) =>
  new Map(Array.from({ length: to - from + 1 }, (_, index) => [from + index, `${label}${from + index}`] as const));

describe("SpareRows", () => {
  it("keeps the rows a shorter view leaves empty, up to what the viewport holds", () => {
    const spares = new SpareRows<string>();
    expect(spares.update(lines(0, 13, "a"), 13, 14)).toEqual([]);
    // The view narrows to three papers: lines 3-13 keep what they showed.
    expect(spares.update(lines(0, 2, "b"), 2, 14)).toEqual([...lines(3, 13, "a")].map(([line, row]) => [line, row]));
    // Narrower still: line 2 joins the spares with the row it showed last.
    const next = spares.update(lines(0, 1, "c"), 1, 14);
    expect(next[0]).toEqual([2, "b2"]);
    expect(next).toHaveLength(12);
  });

  it("hands a spare line back to the view that fills it, and keeps nothing past the viewport", () => {
    const spares = new SpareRows<string>();
    spares.update(lines(0, 13, "a"), 13, 14);
    spares.update(lines(0, 2, "b"), 2, 14);
    expect(spares.update(lines(0, 13, "c"), 13, 14)).toEqual([]);
    // A smaller viewport (or a view that fills it) drops the lines beyond it.
    expect(spares.update(lines(0, 4, "d"), 4, 8)).toEqual([
      [5, "c5"],
      [6, "c6"],
      [7, "c7"],
    ]);
    expect(spares.update(lines(0, 4, "d"), 4, 14)).toEqual([
      [5, "c5"],
      [6, "c6"],
      [7, "c7"],
    ]);
  });

  it("drops rows scrolled away and lines that are no longer papers", () => {
    const spares = new SpareRows<string>();
    spares.update(lines(0, 13, "a"), 13, 14);
    // Scrolled: the view fills the viewport, so nothing is spare and lines 0-99 are forgotten.
    expect(spares.update(lines(100, 113, "b"), 113, 0)).toEqual([]);
    expect(spares.update(lines(0, 1, "c"), 1, 14)).toEqual([]);
    // Grouped: line 0 becomes a chapter heading, so its paper is not kept.
    spares.update(lines(0, 13, "d"), 13, 14);
    const shown = lines(1, 3, "e");
    expect(spares.update(shown, 3, 14).map(([line]) => line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(spares.update(lines(0, 0, "f"), 0, 14).map(([line]) => line)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
  });
});
