import { describe, expect, it } from "vitest";
import { archiveFile, synthDigests } from "../../../scripts/synth/synth-archive";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { buildIndexes } from "../../lib/dataset/dataset-indexes";
import { archiveDigests, digestTrends } from "./trends-data";

const digests = synthDigests(3, 40, 7);
const archive = archiveFile(digests, 7);
const indexes = buildIndexes(archive);
const all = [...archive.papers.keys()];

describe("digest trends", () => {
  it("lists the archive's digests oldest first", () => {
    expect(archiveDigests(archive)).toEqual(["2024-01", "2024-02", "2024-03"]);
    expect(archiveDigests(makeDataset())).toEqual(["2024-04"]);
  });

  it("counts each chapter's papers in each digest that lists them", () => {
    const chapters = archive.chapters.map((chapter) => chapter.id);
    const { trends } = digestTrends(all, archive, indexes, "chapter", chapters);
    const expected = chapters.map((chapter) =>
      digests.map((digest) => digest.papers.filter((paper) => paper.chapter === chapter).length),
    );
    expect(trends.map((trend) => trend.counts)).toEqual(expected);
    // Every paper of every digest is counted once in its digest.
    expect(trends.flatMap((trend) => trend.counts).reduce((a, b) => a + b, 0)).toBe(archive.papers.length);
  });

  it("counts an institution once per paper and digest, over the given papers only", () => {
    const institution = archive.papers[0]?.institutions[0] as string;
    const some = all.filter((i) => i % 2 === 0);
    const { trends } = digestTrends(some, archive, indexes, "inst", [institution, "nowhere"]);
    const expected = digests.map(
      (digest) =>
        some.filter((i) => {
          const paper = archive.papers[i];
          return paper?.digest === digest.source.digests[0]?.id && paper?.institutions.includes(institution);
        }).length,
    );
    expect(trends).toEqual([
      { value: institution, counts: expected },
      { value: "nowhere", counts: [0, 0, 0] },
    ]);
  });
});
