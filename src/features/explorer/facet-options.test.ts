import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { buildIndexes } from "../../lib/dataset/dataset-indexes";
import { facetOptions } from "./facet-options";

const dataset = makeDataset({
  papers: [
    makePaper({ id: "a", institutions: ["microsoft", "meta"] }),
    makePaper({ id: "b", institutions: ["tsinghua-university", "microsoft"], chapter: "audio" }),
  ],
});
const indexes = buildIndexes(dataset);
const names: Record<string, string> = { microsoft: "Microsoft", meta: "Meta", "tsinghua-university": "Tsinghua" };

describe("facetOptions", () => {
  it("sorts long facets by count, ties by label, and marks what is selected", () => {
    const counts = new Map([
      ["microsoft", 2],
      ["meta", 1],
      ["tsinghua-university", 1],
    ]);
    const options = facetOptions("inst", dataset, indexes, counts, ["tsinghua-university"], (id) => names[id] ?? id);
    expect(options.map((o) => [o.label, o.count, o.selected])).toEqual([
      ["Microsoft", 2, false],
      ["Meta", 1, false],
      ["Tsinghua", 1, true],
    ]);
  });

  it("keeps the chapters' own order and shows zero counts", () => {
    const options = facetOptions("chapter", dataset, indexes, new Map([["audio", 1]]), [], (id) => id);
    expect(options.map((o) => [o.value, o.count])).toEqual([
      ["text-to-image", 0],
      ["audio", 1],
    ]);
  });
});
