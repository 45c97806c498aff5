import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { isNewIn, latestDigest, paperDigests } from "./paper-digests";

const digest = (id: string) => ({ id, titleZh: id, titleEn: id, language: "zh" });

describe("paperDigests", () => {
  it("is the paper's own digest unless loading listed it in several", () => {
    expect(paperDigests(makePaper({ id: "a", digest: "2024-04" }))).toEqual(["2024-04"]);
    expect(paperDigests(makePaper({ id: "b", digest: "2024-04", digests: ["2024-04", "2024-06"] }))).toEqual([
      "2024-04",
      "2024-06",
    ]);
  });
});

describe("new in the latest digest", () => {
  it("is the newest digest of an archive, and none for a single digest", () => {
    const archive = makeDataset({
      source: { description: "x", digests: [digest("2024-06"), digest("2024-04"), digest("2024-05")] },
    });
    expect(latestDigest(archive)).toBe("2024-06");
    expect(latestDigest(makeDataset())).toBeNull();
  });

  it("marks a paper first listed in the latest digest, not one that reappears there", () => {
    expect(isNewIn(makePaper({ id: "a", digest: "2024-06" }), "2024-06")).toBe(true);
    expect(isNewIn(makePaper({ id: "b", digest: "2024-04", digests: ["2024-04", "2024-06"] }), "2024-06")).toBe(false);
    expect(isNewIn(makePaper({ id: "c", digest: "2024-06" }), null)).toBe(false);
  });
});
