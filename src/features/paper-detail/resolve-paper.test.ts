import { describe, expect, it } from "vitest";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { buildIndexes } from "../../lib/dataset/dataset-indexes";
import { lookUpPaper } from "./resolve-paper";

describe("lookUpPaper", () => {
  const indexes = buildIndexes(makeDataset());

  it("finds a paper by its id", () => {
    expect(lookUpPaper(indexes, "lazydiffusion")).toEqual({ kind: "id", index: 1 });
  });

  it("finds a paper by its arXiv id and says so, so the URL can move to the id", () => {
    expect(lookUpPaper(indexes, "2404.14239")).toEqual({ kind: "arxiv", index: 0 });
  });

  it("reports unknown ids, including near misses and prototype keys", () => {
    for (const param of ["nope", "2404.1423", "MultiBooth", "__proto__", ""]) {
      expect(lookUpPaper(indexes, param)).toEqual({ kind: "missing" });
    }
  });
});
