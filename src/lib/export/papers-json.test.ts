import { describe, expect, it } from "vitest";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { validateDataset } from "../dataset/validate-dataset";
import { papersToDataset, papersToJson } from "./papers-json";

describe("papersToJson", () => {
  const dataset = makeDataset();

  it("writes a valid dataset with only the chapters and institutions its papers reference", () => {
    const papers = dataset.papers.filter((p) => p.id === "lazydiffusion");
    const result = validateDataset(JSON.parse(papersToJson(papers, dataset)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.papers).toEqual(papers);
    expect(result.dataset.chapters.map((c) => c.id)).toEqual(["text-to-image"]);
    expect(result.dataset.institutions.map((i) => i.id)).toEqual(["meta"]);
    expect(result.dataset.source.digests.map((d) => d.id)).toEqual(["2024-04"]);
  });

  it("keeps the papers in the given order", () => {
    const papers = [...dataset.papers].reverse();
    expect(papersToDataset(papers, dataset).papers.map((p) => p.id)).toEqual(papers.map((p) => p.id));
  });

  it("stays a valid dataset when there are no papers", () => {
    expect(validateDataset(JSON.parse(papersToJson([], dataset))).ok).toBe(true);
  });
});
