import { describe, expect, it } from "vitest";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { buildPaperSearchIndex, toSearchDocuments } from "./paper-search-index";

const dataset = makeDataset();
const index = buildPaperSearchIndex(toSearchDocuments(dataset));
const ids = (query: string) => index.search(query).map((i) => dataset.papers[i]?.id);

describe("paper search index", () => {
  it("finds Chinese words inside unspaced headings, chapter names and institution aliases", () => {
    expect(ids("定制新方法")).toEqual(["multibooth"]);
    expect(ids("文生图").sort()).toEqual(["lazydiffusion", "multibooth"]);
    expect(ids("清华")).toEqual(["multibooth"]);
    expect(ids("微软")).toEqual(["speech-codec"]);
  });

  it("finds English by word prefix, institutions included, ranking name matches first", () => {
    expect(ids("lazy")).toEqual(["lazydiffusion"]);
    expect(ids("Meta").sort()).toEqual(["lazydiffusion", "multibooth"]);
    expect(ids("speedup")).toEqual(["lazydiffusion"]);
  });

  it("requires every term and finds nothing for no terms", () => {
    expect(ids("清华 speech")).toEqual([]);
    expect(ids("  ,, ")).toEqual([]);
  });

  it("finds a single Han character in short fields", () => {
    expect(ids("软")).toEqual(["speech-codec"]);
  });
});
