import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import type { Dataset } from "../dataset/schema";
import { buildSegment, fromMessage, searchDocuments, toMessage } from "./index-segment";
import { type SearchIndex, searchIndex, withinEdits } from "./search-index";

/** The index as the worker sends it: in segments of `size` papers, through the message form. */
function indexOf(dataset: Dataset, size = 2, upTo = dataset.papers.length): SearchIndex {
  const document = searchDocuments(dataset);
  const segments = [];
  for (let start = 0; start < upTo; start += size) {
    segments.push(fromMessage(toMessage(buildSegment(document, start, Math.min(size, upTo - start)))));
  }
  return { segments, indexed: upTo, total: dataset.papers.length };
}

const dataset = makeDataset();
const index = indexOf(dataset);
const ids = (query: string, from = index) => Array.from(searchIndex(from, query).matches, (i) => dataset.papers[i]?.id);

describe("search index", () => {
  it("finds Chinese words inside unspaced headings, chapter names and institution aliases", () => {
    expect(ids("定制新方法")).toEqual(["multibooth"]);
    expect(ids("文生图").sort()).toEqual(["lazydiffusion", "multibooth"]);
    expect(ids("清华")).toEqual(["multibooth"]);
    expect(ids("微软")).toEqual(["speech-codec"]);
  });

  it("finds English by word prefix from the first letter, institutions included", () => {
    expect(ids("lazy")).toEqual(["lazydiffusion"]);
    expect(ids("Meta").sort()).toEqual(["lazydiffusion", "multibooth"]);
    expect(ids("speedup")).toEqual(["lazydiffusion"]);
    expect(ids("l")).toContain("lazydiffusion");
  });

  it("requires every term and finds nothing for no terms", () => {
    expect(ids("清华 speech")).toEqual([]);
    expect(ids("  ,, ")).toEqual([]);
  });

  it("finds a single Han character in short fields and at the start of longer words", () => {
    expect(ids("软")).toEqual(["speech-codec"]);
    expect(ids("文").length).toBeGreaterThan(0);
  });

  it("ranks papers matched in their names and titles before those matched in summaries", () => {
    const ranked = makeDataset({
      papers: [
        makePaper({ id: "summary-only", summary: { en: "A method for zebra stripes.", zh: "斑马。" } }),
        makePaper({ id: "in-the-name", name: "ZebraNet" }),
      ],
    });
    const answer = searchIndex(indexOf(ranked), "zebra");
    expect(Array.from(answer.matches, (i) => ranked.papers[i]?.id)).toEqual(["in-the-name", "summary-only"]);
    expect(answer.exact).toBe(2);
  });

  it("forgives a typo in a word of five letters or more, after the exact hits", () => {
    const typos = makeDataset({
      papers: [
        makePaper({ id: "diffusion", name: "Diffusion" }),
        makePaper({ id: "diffusive", name: "Diffusive" }),
        makePaper({ id: "fusion", name: "Fusion" }),
      ],
    });
    const answer = searchIndex(indexOf(typos), "difusion");
    expect(Array.from(answer.matches, (i) => typos.papers[i]?.id)).toEqual(["diffusion"]);
    expect(answer.exact).toBe(0);
    // Short words must match exactly (as prefixes).
    expect(searchIndex(indexOf(typos), "fusn").matches).toHaveLength(0);
    expect(searchIndex(indexOf(typos), "fusio").matches).toHaveLength(1);
  });

  it("finds an abbreviation's long form and its Chinese name, as exact hits", () => {
    const synonyms = makeDataset({
      papers: [
        makePaper({ id: "a", tasks: ["text-to-speech"] }),
        makePaper({ id: "b", headingZh: "新的语音合成方法" }),
        makePaper({ id: "c", summary: { en: "Text and speech, separately.", zh: "文本。" }, tasks: [] }),
      ],
    });
    const answer = searchIndex(indexOf(synonyms), "TTS");
    expect(Array.from(answer.matches, (i) => synonyms.papers[i]?.id).sort()).toEqual(["a", "b"]);
    expect(answer.exact).toBe(2);
  });

  it("answers from the papers indexed so far", () => {
    const partial = indexOf(dataset, 1, 1);
    expect(ids("lazy", partial)).toEqual([]);
    expect(ids("multibooth", partial)).toEqual(["multibooth"]);
  });
});

describe("withinEdits", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(withinEdits("difusion", "diffusion", 1)).toBe(true);
    expect(withinEdits("diffusoin", "diffusion", 1)).toBe(false);
    expect(withinEdits("diffusoin", "diffusion", 2)).toBe(true);
    expect(withinEdits("speech", "speeches", 1)).toBe(false);
  });
});
