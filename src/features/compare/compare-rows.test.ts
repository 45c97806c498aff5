import { describe, expect, it } from "vitest";
import { fixtureFieldContext, fixturePapers, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { compareRows, compareValues } from "./compare-rows";

describe("compareValues", () => {
  it("finds the values in every list and whether the lists match as sets", () => {
    expect(
      compareValues([
        ["a", "b"],
        ["b", "a"],
      ]),
    ).toEqual({ shared: new Set(["a", "b"]), identical: true });
    expect(compareValues([["a", "b"], ["b"], ["b", "c"]])).toEqual({ shared: new Set(["b"]), identical: false });
    expect(compareValues([["a"], ["a", "a", "b"]])).toEqual({ shared: new Set(["a"]), identical: false });
  });

  it("counts all-empty lists as identical, since every paper lacks the value", () => {
    expect(compareValues([[], []])).toEqual({ shared: new Set(), identical: true });
  });

  it("never calls a single paper identical or shared", () => {
    expect(compareValues([["a"]])).toEqual({ shared: new Set(), identical: false });
    expect(compareValues([])).toEqual({ shared: new Set(), identical: false });
  });
});

describe("compareRows", () => {
  const [multibooth, lazydiffusion] = fixturePapers as [(typeof fixturePapers)[0], (typeof fixturePapers)[0]];

  it("marks what MultiBooth and LazyDiffusion share and where they differ", () => {
    const rows = Object.fromEntries(
      compareRows([multibooth, lazydiffusion], fixtureFieldContext("en")).map((row) => [row.key, row]),
    );
    expect(rows.chapter).toMatchObject({ identical: true, shared: new Set(["text-to-image"]) });
    expect(rows.institutions).toMatchObject({ identical: false, shared: new Set(["meta"]) });
    expect(rows.tasks).toMatchObject({ identical: false, shared: new Set() });
    expect(rows.results?.identical).toBe(false);
    expect(rows.summary?.identical).toBe(false);
    expect(rows.authors).toMatchObject({ identical: false, shared: new Set() });
  });

  it("lists the rows in the fixed order and treats missing months alike", () => {
    const a = makePaper({ id: "a" });
    const b = makePaper({ id: "b", summary: a.summary });
    const rows = compareRows([a, b], fixtureFieldContext("zh"));
    expect(rows.map((row) => row.key)).toEqual([
      "authors",
      "chapter",
      "institutions",
      "modalities",
      "tasks",
      "kind",
      "published",
      "results",
      "summary",
      "links",
    ]);
    expect(rows.every((row) => row.identical)).toBe(true);
  });
});
