import { describe, expect, it } from "vitest";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { labelsFor } from "./labels";

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
});
