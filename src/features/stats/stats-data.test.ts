import { describe, expect, it } from "vitest";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { buildIndexes } from "../../lib/dataset/dataset-indexes";
import { stringifySearch } from "../../lib/url/search-codec";
import { chapterCounts, countBothSectors, countFacet, topInstitutions } from "./stats-data";
import { narrowTo, narrowToEach } from "./table-search";
import { truncateLabel } from "./truncate-label";

const dataset = makeDataset();
const indexes = buildIndexes(dataset);
const all = [...dataset.papers.keys()];

describe("stats data", () => {
  it("counts a facet over the given papers only, most first", () => {
    expect(countFacet(all, indexes, "inst")).toEqual([
      { value: "meta", count: 2 },
      { value: "tsinghua-university", count: 1 },
      { value: "microsoft", count: 1 },
    ]);
    expect(countFacet([2], indexes, "modality")).toEqual([
      { value: "speech", count: 1 },
      { value: "audio", count: 1 },
    ]);
  });

  it("lists chapters in the digest's order, leaving out empty ones", () => {
    expect(chapterCounts(all, dataset, indexes)).toEqual([
      { value: "text-to-image", count: 2 },
      { value: "audio", count: 1 },
    ]);
    expect(chapterCounts([2], dataset, indexes)).toEqual([{ value: "audio", count: 1 }]);
  });

  it("splits the top institutions by chapter", () => {
    const [first, ...rest] = topInstitutions(all, dataset, indexes, 2);
    expect(first?.value).toBe("meta");
    expect([...(first?.byChapter ?? [])]).toEqual([["text-to-image", 2]]);
    expect(rest).toHaveLength(1);
  });

  it("counts papers with both an academic and an industry institution", () => {
    expect(countBothSectors(all, indexes)).toBe(1);
    expect(countBothSectors([1, 2], indexes)).toBe(0);
  });
});

describe("table search", () => {
  it("replaces the clicked filter and keeps every other one, and what is not a filter", () => {
    const current = { chapter: "video,3d", q: "speech", sort: "name.asc", ids: "a,b" };
    const next = narrowTo("chapter", ["audio"])(current);
    expect(stringifySearch(next)).toBe("?q=speech&chapter=audio&sort=name.asc&ids=a,b");
  });

  it("narrows several filters at once: a chapter in one digest", () => {
    const next = narrowToEach({ chapter: ["audio"], digest: ["2024-02"] })({ chapter: "video", kind: "model" });
    expect(stringifySearch(next)).toBe("?digest=2024-02&chapter=audio&kind=model");
  });
});

describe("truncateLabel", () => {
  it("keeps short labels and shortens long ones, CJK counting double", () => {
    expect(truncateLabel("Meta", 10)).toBe("Meta");
    expect(truncateLabel("Massachusetts Institute of Technology", 12)).toBe("Massachuset…");
    expect(truncateLabel("香港中文大学深圳研究院", 8)).toBe("香港中…");
  });
});
