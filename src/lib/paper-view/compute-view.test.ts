import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { prepareDataset } from "../dataset/dataset-store";
import { buildPaperSearchIndex, toSearchDocuments } from "../search/paper-search-index";
import type { ViewSearch } from "../view-search/view-search";
import { computeView as computeWithMatches } from "./compute-view";

const loaded = prepareDataset(makeDataset(), "fixture");
const index = buildPaperSearchIndex(toSearchDocuments(loaded.dataset));
const computeView = (dataset: typeof loaded, search: ViewSearch) =>
  computeWithMatches(dataset, search, search.q ? Uint32Array.from(index.search(search.q)) : null);
const ids = (rows: number[]) => rows.map((i) => loaded.dataset.papers[i]?.id);

describe("computeView", () => {
  it("shows every paper in source order without filters", () => {
    expect(ids(computeView(loaded, {}).rows)).toEqual(["multibooth", "lazydiffusion", "speech-codec"]);
  });

  it("combines values of one facet with OR and different facets with AND", () => {
    expect(ids(computeView(loaded, { inst: ["tsinghua-university", "microsoft"] }).rows)).toEqual([
      "multibooth",
      "speech-codec",
    ]);
    expect(ids(computeView(loaded, { inst: ["tsinghua-university", "microsoft"], chapter: ["audio"] }).rows)).toEqual([
      "speech-codec",
    ]);
  });

  it("counts each facet's values under the other facets' filters only", () => {
    const view = computeView(loaded, { chapter: ["audio"] });
    // The chapter facet ignores its own selection, so switching chapters shows what you would get.
    expect(view.counts.chapter.get("text-to-image")).toBe(2);
    expect(view.counts.chapter.get("audio")).toBe(1);
    // Other facets count within the audio chapter.
    expect(view.counts.inst.get("microsoft")).toBe(1);
    expect(view.counts.inst.get("meta")).toBeUndefined();
  });

  it("derives institution type and country facets from the institutions", () => {
    expect(ids(computeView(loaded, { type: ["academia"] }).rows)).toEqual(["multibooth"]);
    expect(ids(computeView(loaded, { country: ["US"] }).rows)).toEqual(["multibooth", "lazydiffusion", "speech-codec"]);
  });

  it("searches Chinese inside unspaced text and English by prefix", () => {
    expect(ids(computeView(loaded, { q: "清华" }).rows)).toEqual(["multibooth"]);
    expect(ids(computeView(loaded, { q: "文生图" }).rows)).toEqual(["multibooth", "lazydiffusion"]);
    expect(ids(computeView(loaded, { q: "speec" }).rows)).toEqual(["speech-codec"]);
    expect(ids(computeView(loaded, { q: "nothing-like-this" }).rows)).toEqual([]);
  });

  it("applies the search to facet counts too", () => {
    expect(computeView(loaded, { q: "清华" }).counts.chapter.get("audio")).toBeUndefined();
  });

  it("sorts by a column in either direction", () => {
    expect(ids(computeView(loaded, { sort: "name.asc" }).rows)).toEqual([
      "lazydiffusion",
      "multibooth",
      "speech-codec",
    ]);
    expect(ids(computeView(loaded, { sort: "name.desc" }).rows)).toEqual([
      "speech-codec",
      "multibooth",
      "lazydiffusion",
    ]);
  });

  it("groups by chapter while keeping the sort inside each chapter", () => {
    const grouped = prepareDataset(
      makeDataset({
        papers: [
          makePaper({ id: "a-audio", chapter: "audio" }),
          makePaper({ id: "b-image" }),
          makePaper({ id: "c-audio", chapter: "audio" }),
          makePaper({ id: "d-image" }),
        ],
      }),
      "fixture",
    );
    const rows = computeWithMatches(grouped, { group: "chapter", sort: "name.desc" }, null).rows;
    expect(rows.map((i) => grouped.dataset.papers[i]?.id)).toEqual(["d-image", "b-image", "c-audio", "a-audio"]);
  });
});

describe("computeView with values the dataset lacks", () => {
  it("ignores unknown values instead of matching nothing", () => {
    expect(ids(computeView(loaded, { inst: ["nobody"] }).rows)).toEqual([
      "multibooth",
      "lazydiffusion",
      "speech-codec",
    ]);
    expect(ids(computeView(loaded, { inst: ["nobody", "microsoft"] }).rows)).toEqual(["speech-codec"]);
  });
});

describe("computeView with co-authors", () => {
  it("keeps only papers all the named institutions worked on, and counts within them", () => {
    const view = computeView(loaded, { coauthors: ["tsinghua-university", "meta"] });
    expect(ids(view.rows)).toEqual(["multibooth"]);
    expect(view.counts.inst.get("meta")).toBe(1);
    expect(ids(computeView(loaded, { coauthors: ["meta"] }).rows)).toEqual(["multibooth", "lazydiffusion"]);
    expect(ids(computeView(loaded, { coauthors: ["nobody"] }).rows)).toHaveLength(3);
  });
});
