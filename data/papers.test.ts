import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED, extractSourceIndex, INDEX_FILE, type SourceEntry } from "../scripts/source-index";
import { arxivIdFromLink, auditDataset, authorCoverage } from "../src/lib/dataset/audit-dataset";
import type { Dataset } from "../src/lib/dataset/schema";
import { validateDataset } from "../src/lib/dataset/validate-dataset";

const json: unknown = JSON.parse(readFileSync("data/2024-04.json", "utf8"));
const sourceIndex: SourceEntry[] = JSON.parse(readFileSync(INDEX_FILE, "utf8"));

function loadDataset(): Dataset {
  const validation = validateDataset(json);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems, null, 2));
  return validation.dataset;
}

describe("the bundled dataset", () => {
  const dataset = loadDataset();

  it("passes the editorial audit", () => {
    expect(auditDataset(dataset)).toEqual([]);
  });

  it("holds the 66 papers of the April 2024 digest in its 10 chapters", () => {
    expect(dataset.papers).toHaveLength(66);
    expect(dataset.chapters.map((c) => c.id)).toEqual([
      "text-to-image",
      "video",
      "audio",
      "3d",
      "agents",
      "alignment",
      "safety",
      "ai4science",
      "evaluation",
      "other",
    ]);
    expect(new Set(dataset.papers.map((p) => p.digest))).toEqual(new Set(["2024-04"]));
  });

  it("gives each chapter the paper count of the source", () => {
    for (const chapter of dataset.chapters) {
      const inSource = sourceIndex.filter((entry) => entry.chapter === chapter.number).length;
      expect(dataset.papers.filter((p) => p.chapter === chapter.id).length, chapter.id).toBe(inSource);
    }
  });

  it("covers every heading and arXiv link of the source, in order", () => {
    expect(dataset.papers.map((p) => p.headingZh)).toEqual(sourceIndex.map((entry) => entry.heading));
    dataset.papers.forEach((paper, i) => {
      const entry = sourceIndex[i] as SourceEntry;
      expect(dataset.chapters.find((c) => c.id === paper.chapter)?.number, paper.id).toBe(entry.chapter);
      if (entry.arxivIds.length > 0) {
        expect(paper.arxivId, paper.id).toBe(entry.arxivIds[0]);
        expect(arxivIdFromLink(paper.links.arxiv ?? ""), paper.id).toBe(entry.arxivIds[0]);
      } else {
        // No arXiv link in the source: an id filled from elsewhere must say where it was confirmed.
        expect(paper.links.arxiv, paper.id).toBeNull();
        if (paper.arxivId)
          expect(
            paper.notes.some((note) => note.en.includes(paper.arxivId ?? "")),
            paper.id,
          ).toBe(true);
      }
    });
  });

  it("credits every paper's authors, each list with the record it was confirmed from", () => {
    // The editorial audit above already rejects blank or repeated names and unsourced lists.
    expect(authorCoverage(dataset)).toEqual({ withAuthors: 66, total: 66, missing: [] });
    expect(dataset.papers.find((p) => p.id === "multibooth")?.authors).toEqual([
      "Chenyang Zhu",
      "Kai Li",
      "Yue Ma",
      "Chunming He",
      "Xiu Li",
    ]);
  });

  it("keeps the Chinese Academy of Sciences and its Shenzhen institute apart", () => {
    const institutionsOf = (id: string) => dataset.papers.find((p) => p.id === id)?.institutions;
    expect(institutionsOf("mupt")).toContain("shenzhen-institutes-of-advanced-technology");
    expect(institutionsOf("mupt")).not.toContain("chinese-academy-of-sciences");
    expect(institutionsOf("id-animator")).toContain("chinese-academy-of-sciences");
  });

  it("marks only the cut-off last entry as truncated", () => {
    expect(dataset.papers.filter((p) => p.sourceTruncated).map((p) => p.id)).toEqual([dataset.papers.at(-1)?.id]);
  });

  it("files the ethics paper's blog link under other links", () => {
    const ethics = dataset.papers.find((p) => p.headingZh.includes("伦理"));
    expect(ethics?.links.other.length).toBeGreaterThan(0);
    expect(ethics?.links.arxiv).toBeNull();
  });
});

describe.skipIf(!existsSync(DEFAULT_SEED))("the committed source index", () => {
  it("matches a fresh extraction from the source text", () => {
    expect(extractSourceIndex(readFileSync(DEFAULT_SEED, "utf8"))).toEqual(sourceIndex);
  });
});
