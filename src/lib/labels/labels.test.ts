import { describe, expect, it } from "vitest";
import bundled from "../../../data/2024-04.json";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { labelsFor } from "./labels";
import * as taskNames from "./task-names";

describe("labelsFor", () => {
  const dataset = makeDataset();

  it("names papers by id, and digests and fields in the reader's language", () => {
    const en = labelsFor(dataset, "en");
    const zh = labelsFor(dataset, "zh");
    expect(en.paper("lazydiffusion")).toBe("LazyDiffusion");
    expect(zh.paper("lazydiffusion")).toBe("LazyDiffusion");
    expect(en.paper("not-in-this-dataset")).toBe("not-in-this-dataset");
    expect(en.digest("2024-04")).toBe("Test digest");
    expect(zh.digest("2024-04")).toBe("测试月报");
    expect(en.field("authors")).toBe("Authors");
    expect(zh.field("authors")).toBe("作者");
  });

  it("builds one set of names per dataset and language", () => {
    expect(labelsFor(dataset, "en")).toBe(labelsFor(dataset, "en"));
    expect(labelsFor(dataset, "en")).not.toBe(labelsFor(dataset, "zh"));
  });

  it("names tasks in Chinese where the vocabulary has them, else by their words", () => {
    expect(labelsFor(dataset, "zh").task("text-to-image")).toBe("文生图");
    expect(labelsFor(dataset, "en").task("text-to-image")).toBe("text to image");
    expect(labelsFor(dataset, "zh").task("not-a-known-task")).toBe("not a known task");
  });

  it("has a Chinese name for every task of the bundled digest", () => {
    const missing = [...new Set(bundled.papers.flatMap((paper) => paper.tasks))].filter((task) => !taskNames.zh[task]);
    expect(missing).toEqual([]);
  });
});
