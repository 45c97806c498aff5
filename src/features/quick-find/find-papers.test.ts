import { describe, expect, it } from "vitest";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { prepareDataset } from "../../lib/dataset/dataset-store";
import { findPapers, matchesText } from "./find-papers";

const loaded = prepareDataset(makeDataset(), "fixture");
const names = (positions: number[]) => positions.map((i) => loaded.dataset.papers[i]?.id);

describe("findPapers", () => {
  it("finds papers by Chinese heading words and institution aliases", () => {
    expect(names(findPapers(loaded, "定制新方法", 10).shown)).toEqual(["multibooth"]);
    // The chapter's Chinese name counts too: both text-to-image papers.
    expect(names(findPapers(loaded, "文生图", 10).shown).sort()).toEqual(["lazydiffusion", "multibooth"]);
    expect(names(findPapers(loaded, "清华", 10).shown)).toEqual(["multibooth"]);
    expect(names(findPapers(loaded, "微软", 10).shown)).toEqual(["speech-codec"]);
  });

  it("finds papers by a name prefix, and by institution in English", () => {
    expect(names(findPapers(loaded, "lazy", 10).shown)).toEqual(["lazydiffusion"]);
    expect(names(findPapers(loaded, "Meta", 10).shown).sort()).toEqual(["lazydiffusion", "multibooth"]);
  });

  it("limits the results and says how many more there are", () => {
    expect(findPapers(loaded, "Meta", 1)).toMatchObject({ more: 1 });
    expect(findPapers(loaded, "Meta", 1).shown).toHaveLength(1);
    expect(findPapers(loaded, "   ", 5)).toEqual({ shown: [], more: 0 });
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
