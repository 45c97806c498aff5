import { describe, expect, it } from "vitest";
import { makePaper } from "../../../tests/fixtures/dataset-fixture";
import { displayItems } from "./display-items";

const papers = [makePaper({ id: "a" }), makePaper({ id: "b" }), makePaper({ id: "c", chapter: "audio" })];

describe("displayItems", () => {
  it("reads papers by position when not grouped", () => {
    const items = displayItems(papers, false);
    expect(items.length).toBe(3);
    expect(items.at(2)).toEqual({ type: "paper", paper: papers[2], rowIndex: 2 });
    expect(items.at(3)).toBeUndefined();
    expect(items.indexOf("b")).toBe(1);
  });

  it("puts a heading before each chapter when grouped", () => {
    const items = displayItems(papers, true);
    expect(Array.from({ length: items.length }, (_, i) => items.at(i)?.type)).toEqual([
      "group",
      "paper",
      "paper",
      "group",
      "paper",
    ]);
    expect(items.at(0)).toEqual({ type: "group", chapter: "text-to-image", count: 2 });
    expect(items.indexOf("c")).toBe(4);
  });
});
