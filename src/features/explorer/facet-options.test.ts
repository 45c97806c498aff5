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
  it("sorts long facets by count, ties by label, and marks what is selected", () => {
    const counts = countsOf("inst", { microsoft: 2, meta: 1, "tsinghua-university": 1 });
    const options = facetOptions(filterOf("inst"), filters.byParam.inst, dataset, labels, counts, [
      "tsinghua-university",
    ]);
    expect(options.map((o) => [o.label, o.count, o.selected])).toEqual([
      ["Microsoft", 2, false],
      ["Meta", 1, false],
      ["Tsinghua University", 1, true],
    ]);
  });

  it("keeps the chapters' own order and shows zero counts", () => {
    const options = facetOptions(
      filterOf("chapter"),
      filters.byParam.chapter,
      dataset,
      labels,
      countsOf("chapter", { audio: 1 }),
      [],
    );
    expect(options.map((o) => [o.value, o.count])).toEqual([
      ["text-to-image", 0],
      ["audio", 1],
    ]);
  });
});
