import { describe, expect, it } from "vitest";
import { synthDigests } from "../../../scripts/synth/synth-archive";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { combineDatasets, foldRepeatedPapers } from "./combine-datasets";
import { paperDigests } from "./paper-digests";
import type { Dataset } from "./schema";

const digest = (id: string) => ({ id, titleZh: `月报 ${id}`, titleEn: `Digest ${id}`, language: "zh" });

describe("foldRepeatedPapers", () => {
  it("folds a later entry with the same arXiv id into the first, keeping the first's facts and place", () => {
    const papers = foldRepeatedPapers([
      makePaper({ id: "alpha", arxivId: "2404.00001", digest: "2024-04", name: "Alpha" }),
      makePaper({ id: "beta", arxivId: "2404.00002", digest: "2024-04" }),
      makePaper({ id: "alpha-2024-05", arxivId: "2404.00001", digest: "2024-05", name: "Alpha again" }),
      makePaper({ id: "gamma", arxivId: "2405.00003", digest: "2024-05" }),
      makePaper({ id: "alpha-2024-06", arxivId: "2404.00001", digest: "2024-06" }),
    ]);
    expect(papers.map((p) => p.id)).toEqual(["alpha", "beta", "gamma"]);
    const [alpha, beta] = papers;
    expect(alpha?.name).toBe("Alpha");
    expect(alpha?.digests).toEqual(["2024-04", "2024-05", "2024-06"]);
    expect(alpha?.aliases).toEqual(["alpha-2024-05", "alpha-2024-06"]);
    expect(beta && paperDigests(beta)).toEqual(["2024-04"]);
    expect(beta?.aliases).toBeUndefined();
  });

  it("lists digests oldest first and makes the oldest the paper's digest whatever the file order", () => {
    const [paper] = foldRepeatedPapers([
      makePaper({ id: "late", arxivId: "2404.00001", digest: "2024-06" }),
      makePaper({ id: "early", arxivId: "2404.00001", digest: "2024-04" }),
    ]);
    expect(paper?.id).toBe("late");
    expect(paper?.digest).toBe("2024-04");
    expect(paper?.digests).toEqual(["2024-04", "2024-06"]);
  });

  it("never folds papers without an arXiv id, and lists a digest once", () => {
    const papers = foldRepeatedPapers([
      makePaper({ id: "a", arxivId: null }),
      makePaper({ id: "b", arxivId: null }),
      makePaper({ id: "c", arxivId: "2404.00009", digest: "2024-04" }),
      makePaper({ id: "c-again", arxivId: "2404.00009", digest: "2024-04" }),
    ]);
    expect(papers.map((p) => p.id)).toEqual(["a", "b", "c"]);
    expect(papers[2]?.digests).toEqual(["2024-04"]);
  });

  it("returns the same papers when nothing repeats", () => {
    const input = [makePaper({ id: "a", arxivId: "2404.00001" }), makePaper({ id: "b", arxivId: "2404.00002" })];
    const papers = foldRepeatedPapers(input);
    expect(papers).toEqual(input);
    expect(papers[0]).toBe(input[0]);
  });
});

describe("combineDatasets", () => {
  it("merges digest files into one dataset with each paper once, in file order", () => {
    const files = synthDigests(3, 20, 7) as [Dataset, ...Dataset[]];
    const combined = combineDatasets(files);
    const all = files.flatMap((f) => f.papers);
    const arxivIds = new Set(all.map((p) => p.arxivId));
    expect(combined.papers).toHaveLength(arxivIds.size);
    expect(combined.papers.length).toBeLessThan(all.length);
    expect(combined.source.digests.map((d) => d.id)).toEqual(["2024-01", "2024-02", "2024-03"]);
    // Each generated entry counts in the digest that lists it.
    for (const file of files) {
      const id = file.source.digests[0]?.id ?? "";
      const listed = combined.papers.filter((p) => paperDigests(p).includes(id));
      expect(listed).toHaveLength(file.papers.length);
    }
    // A repeated entry's id leads to the paper it folded into.
    const repeat = all.find((p) => !combined.papers.some((kept) => kept.id === p.id));
    const folded = combined.papers.find((p) => p.arxivId === repeat?.arxivId);
    expect(repeat && folded?.aliases).toContain(repeat?.id);
  });

  it("keeps the first file's chapter, institution and digest for a shared id", () => {
    const april = makeDataset({ source: { description: "April", digests: [digest("2024-04")] } });
    const may = makeDataset({
      source: { description: "May", digests: [digest("2024-04"), digest("2024-05")] },
      chapters: april.chapters.map((c) => ({ ...c, nameEn: `${c.nameEn} (May)` })),
      papers: [makePaper({ id: "may-only", arxivId: "2405.11111", digest: "2024-05" })],
    });
    const combined = combineDatasets([april, may]);
    expect(combined.source.description).toBe("April");
    expect(combined.source.digests.map((d) => d.id)).toEqual(["2024-04", "2024-05"]);
    expect(combined.chapters).toEqual(april.chapters);
    expect(combined.papers.map((p) => p.id)).toEqual([...april.papers.map((p) => p.id), "may-only"]);
  });
});

describe("folding twice", () => {
  it("keeps the digests and aliases of a paper already folded when its file is read", () => {
    const april = [makePaper({ id: "a", arxivId: "2404.00001", digest: "2024-04" })];
    const mayAndJune = foldRepeatedPapers([
      makePaper({ id: "a-2024-05", arxivId: "2404.00001", digest: "2024-05" }),
      makePaper({ id: "a-2024-06", arxivId: "2404.00001", digest: "2024-06" }),
    ]);
    const [paper] = foldRepeatedPapers([...april, ...mayAndJune]);
    expect(paper?.digests).toEqual(["2024-04", "2024-05", "2024-06"]);
    expect(paper?.aliases).toEqual(["a-2024-05", "a-2024-06"]);
  });
});
