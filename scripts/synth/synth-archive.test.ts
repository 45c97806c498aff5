import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as v from "valibot";
import { afterAll, describe, expect, it } from "vitest";
import { auditDataset } from "../../src/lib/dataset/audit-dataset";
import { CATALOG_FILE, catalogSchema } from "../../src/lib/dataset/catalog";
import { validateDataset } from "../../src/lib/dataset/validate-dataset";
import { archiveCatalog, writeArchiveFolder } from "../archive/archive-folder";
import { loadArchive } from "../archive/load-archive";
import { archiveFile, synthDigests } from "./synth-archive";

const digests = synthDigests(4, 60, 9);
const valid = (json: unknown) => {
  const validation = validateDataset(JSON.parse(JSON.stringify(json)));
  return validation.ok ? auditDataset(validation.dataset) : validation.problems;
};

describe("synthDigests", () => {
  it("makes N monthly digests of the requested size, ids YYYY-MM in order", () => {
    expect(digests.map((d) => d.source.digests.map((s) => s.id))).toEqual([
      ["2024-01"],
      ["2024-02"],
      ["2024-03"],
      ["2024-04"],
    ]);
    for (const digest of digests) {
      expect(digest.papers).toHaveLength(60);
      expect(new Set(digest.papers.map((p) => p.digest))).toEqual(new Set([digest.source.digests[0]?.id]));
    }
    expect(synthDigests(14, 2, 1).at(-1)?.source.digests[0]?.id).toBe("2025-02");
  });

  it("writes each digest as a valid dataset that passes the editorial audit", () => {
    for (const digest of digests) expect(valid(digest)).toEqual([]);
  });

  it("repeats some papers in a later digest with the same arXiv id, never twice in one digest", () => {
    const digestsOf = new Map<string, string[]>();
    for (const paper of digests.flatMap((d) => d.papers)) {
      digestsOf.set(paper.arxivId ?? "", [...(digestsOf.get(paper.arxivId ?? "") ?? []), paper.digest]);
    }
    const repeated = [...digestsOf.values()].filter((list) => list.length > 1);
    expect(repeated.length).toBeGreaterThanOrEqual(3);
    for (const list of repeated) expect(new Set(list).size).toBe(list.length);
  });

  it("is the same for the same seed and differs for another", () => {
    expect(JSON.stringify(synthDigests(3, 40, 2))).toBe(JSON.stringify(synthDigests(3, 40, 2)));
    expect(JSON.stringify(synthDigests(3, 40, 3))).not.toBe(JSON.stringify(synthDigests(3, 40, 2)));
  });
});

describe("the archive as one file or as a catalog folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "synth-archive-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("as one file: a valid dataset listing every digest, with unique paper ids", () => {
    const archive = archiveFile(digests, 9);
    expect(valid(archive)).toEqual([]);
    expect(archive.source.digests.map((d) => d.id)).toEqual(["2024-01", "2024-02", "2024-03", "2024-04"]);
    expect(archive.papers).toHaveLength(240);
  });

  it("as a folder: catalog.json lists each digest's file, which the importer's archive loader reads", () => {
    const catalog = archiveCatalog(digests);
    expect(v.is(catalogSchema, catalog)).toBe(true);
    expect(catalog.digests[1]).toEqual({
      id: "2024-02",
      title: "Synthetic digest 2024-02",
      month: "2024-02",
      papers: 60,
      file: "2024-02.json",
    });
    expect(writeArchiveFolder(dir, digests)).toEqual(catalog);
    const load = loadArchive(join(dir, CATALOG_FILE));
    expect(load.ok && load.archive.papers.length).toBe(240);
  });
});
