import { describe, expect, it } from "vitest";
import { auditDataset } from "../../src/lib/dataset/audit-dataset";
import { validateDataset } from "../../src/lib/dataset/validate-dataset";
import { synthDataset } from "./synth-dataset";

describe("synthDataset", () => {
  const dataset = synthDataset(2000, 7);

  it("is a valid dataset that passes the editorial audit", () => {
    const validation = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(validation.ok).toBe(true);
    expect(auditDataset(dataset)).toEqual([]);
  });

  it("is the same for the same seed and differs for another", () => {
    expect(JSON.stringify(synthDataset(300, 3))).toBe(JSON.stringify(synthDataset(300, 3)));
    expect(JSON.stringify(synthDataset(300, 4))).not.toBe(JSON.stringify(synthDataset(300, 3)));
  });

  it("has the requested shape: 1–6 institutions, 1–3 modalities, a long tail of institutions", () => {
    expect(dataset.papers).toHaveLength(2000);
    for (const paper of dataset.papers) {
      expect(paper.institutions.length).toBeGreaterThanOrEqual(1);
      expect(paper.institutions.length).toBeLessThanOrEqual(6);
      expect(paper.modalities.length).toBeGreaterThanOrEqual(1);
      expect(paper.modalities.length).toBeLessThanOrEqual(3);
    }
    const counts = new Map<string, number>();
    for (const id of dataset.papers.flatMap((p) => p.institutions)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    // Zipf-like: the top institution has many times the median one's papers.
    expect((sorted[0] ?? 0) / (sorted[Math.floor(sorted.length / 2)] ?? 1)).toBeGreaterThan(10);
  });

  it("gives most papers 1–12 generated authors sourced from their arXiv page, and a few none", () => {
    const credited = dataset.papers.filter((p) => p.authors.length > 0);
    expect(credited.length / dataset.papers.length).toBeGreaterThan(0.9);
    expect(credited.length).toBeLessThan(dataset.papers.length);
    for (const paper of credited) {
      expect(paper.authors.length).toBeLessThanOrEqual(12);
      for (const name of paper.authors) expect(name).toMatch(/^\S+ \S+$/);
      expect(paper.authorsSource).toEqual({ url: paper.links.arxiv, kind: "arxiv" });
    }
  });
});
