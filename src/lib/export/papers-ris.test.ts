import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { papersToRis } from "./papers-ris";

// What citation-js's RIS parser (a maintained reader of the RIS spec) gives back, as far as these tests read it.
const parsedItem = v.looseObject({
  id: v.string(),
  type: v.string(),
  title: v.string(),
  author: v.optional(v.array(v.looseObject({ family: v.string(), given: v.optional(v.string()) }))),
  issued: v.looseObject({ "date-parts": v.array(v.array(v.number())) }),
  URL: v.optional(v.string()),
});

function parseRis(text: string) {
  return v.parse(v.array(parsedItem), new Cite(text).data);
}

describe("papersToRis", () => {
  const dataset = makeDataset();

  it("writes one record per paper that a RIS parser reads back with its authors, in order", () => {
    const items = parseRis(papersToRis(dataset.papers));
    expect(items.map((item) => item.id)).toEqual(dataset.papers.map((paper) => paper.id));
    const [multibooth] = items;
    expect(multibooth?.author).toEqual([
      { family: "Zhu", given: "Chenyang" },
      { family: "Li", given: "Kai" },
      { family: "Ma", given: "Yue" },
      { family: "He", given: "Chunming" },
      { family: "Li", given: "Xiu" },
    ]);
    expect(multibooth?.title).toBe("MultiBooth");
    expect(multibooth?.issued["date-parts"]).toEqual([[2024, 4]]);
    expect(multibooth?.URL).toBe("https://arxiv.org/abs/2404.14239");
  });

  it("names the arXiv id as the accession number, and gives no DOI the data does not have", () => {
    const text = papersToRis(dataset.papers.slice(0, 1));
    expect(text.split("\r\n")).toEqual(
      expect.arrayContaining(["TY  - UNPB", "ID  - multibooth", "DB  - arXiv", "AN  - 2404.14239", "DA  - 2024/04"]),
    );
    expect(text).not.toMatch(/^DO {2}- /m);
    expect(papersToRis([makePaper({ id: "no-arxiv" })])).not.toContain("AN  - ");
  });

  it("keeps a compound family name whole and a value on one line", () => {
    const paper = makePaper({ id: "names", title: "Two\nlines", authors: ["Blaise Agüera y Arcas", "Sarah de Haas"] });
    const [item] = parseRis(papersToRis([paper]));
    expect(item?.author).toEqual([
      { family: "Agüera y Arcas", given: "Blaise" },
      { family: "de Haas", given: "Sarah" },
    ]);
    expect(item?.title).toBe("Two lines");
  });
});
