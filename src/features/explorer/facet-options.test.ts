import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { buildIndexes } from "../../lib/dataset/dataset-indexes";
import { filterOf } from "../../lib/filters/filters";
import { labelsFor } from "../../lib/labels/labels";
import { facetOptions } from "./facet-options";

const dataset = makeDataset({
  papers: [
    makePaper({ id: "a", institutions: ["microsoft", "meta"] }),
    makePaper({ id: "b", institutions: ["tsinghua-university", "microsoft"], chapter: "audio" }),
  ],
});
const { filters } = buildIndexes(dataset);
const labels = labelsFor(dataset, "en");
/** Counts by value, as the view gives them by code. */
function countsOf(param: "inst" | "chapter", counts: Record<string, number>): Uint32Array {
  const index = filters.byParam[param];
  return Uint32Array.from(index.values, (value) => counts[value] ?? 0);
}

describe("facetOptions", () => {
  it("sorts long facets by count, ties by label", () => {
    const counts = countsOf("inst", { microsoft: 2, meta: 1, "tsinghua-university": 1 });
    const options = facetOptions(filterOf("inst"), filters.byParam.inst, dataset, labels, counts);
    expect(options.map((o) => [o.label, o.count])).toEqual([
      ["Microsoft", 2],
      ["Meta", 1],
      ["Tsinghua University", 1],
    ]);
  });

  it("lists the same counts once: a click that only checks a box re-renders with the last view's counts", () => {
    const counts = countsOf("inst", { meta: 2 });
    const first = facetOptions(filterOf("inst"), filters.byParam.inst, dataset, labels, counts);
    expect(facetOptions(filterOf("inst"), filters.byParam.inst, dataset, labels, counts)).toBe(first);
    // New counts (the next view's) and another language are listed afresh.
    const next = facetOptions(filterOf("inst"), filters.byParam.inst, dataset, labels, countsOf("inst", { meta: 2 }));
    expect(next).not.toBe(first);
    expect(next).toEqual(first);
    const zh = facetOptions(filterOf("inst"), filters.byParam.inst, dataset, labelsFor(dataset, "zh"), counts);
    expect(zh).not.toBe(first);
    expect(zh[0]).toMatchObject({ value: "meta", count: 2 });
  });

  it("keeps the chapters' own order and shows zero counts", () => {
    const options = facetOptions(
      filterOf("chapter"),
      filters.byParam.chapter,
      dataset,
      labels,
      countsOf("chapter", { audio: 1 }),
    );
    expect(options.map((o) => [o.value, o.count])).toEqual([
      ["text-to-image", 0],
      ["audio", 1],
    ]);
  });
});
