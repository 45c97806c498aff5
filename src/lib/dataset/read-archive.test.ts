// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { synthDigests } from "../../../scripts/synth/synth-archive";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import type { Catalog } from "./catalog";
import { readArchive } from "./read-archive";
import type { Dataset } from "./schema";

const digests = synthDigests(3, 12, 3);
const entry = (dataset: Dataset, file: string) => {
  const id = dataset.source.digests[0]?.id ?? "";
  return { id, title: id, month: id, papers: dataset.papers.length, file };
};

/** Serves `files` by path (a missing one answers 404) and records the order they were asked for. */
function serve(files: Record<string, unknown>): string[] {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (url: URL) => {
    asked.push(url.pathname);
    const body = files[url.pathname];
    return body === undefined
      ? new Response("missing", { status: 404 })
      : new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("readArchive", () => {
  // Listed newest first: the papers are still combined oldest first.
  const [january, february, march] = digests as [Dataset, Dataset, Dataset];
  const catalog: Catalog = {
    digests: [entry(march, "2024-03.json"), entry(january, "2024-01.json"), entry(february, "2024-02.json")],
  };
  const files = { "/a/2024-01.json": january, "/a/2024-02.json": february, "/a/2024-03.json": march };

  it("combines every digest file oldest first, requesting the ones the view names first", async () => {
    const asked = serve(files);
    const read = await readArchive(catalog, "/a/catalog.json", { first: ["2024-02"] });
    expect(asked[0]).toBe("/a/2024-02.json");
    if (!read.ok) throw new Error(read.error.kind);
    expect(read.missing).toEqual([]);
    expect(read.read.files).toHaveLength(3);
    expect(read.read.dataset.source.digests.map((d) => d.id)).toEqual(["2024-01", "2024-02", "2024-03"]);
    expect(read.read.dataset.papers[0]?.id).toBe(january.papers[0]?.id);
    const arxivIds = new Set(digests.flatMap((d) => d.papers.map((p) => p.arxivId)));
    expect(read.read.dataset.papers).toHaveLength(arxivIds.size);
  });

  it("opens the other files when one is missing or invalid, and names each", async () => {
    serve({ ...files, "/a/2024-02.json": { schemaVersion: 1, papers: "none" } });
    const withMissing: Catalog = { digests: [...catalog.digests, { ...entry(march, "gone.json"), id: "2024-04" }] };
    const read = await readArchive(withMissing, "/a/catalog.json", { first: [] });
    if (!read.ok) throw new Error(read.error.kind);
    expect(read.missing.map((error) => [error.kind, error.source])).toEqual([
      ["invalid", "/a/2024-02.json"],
      ["http", "/a/gone.json"],
    ]);
    expect(read.read.dataset.source.digests.map((d) => d.id)).toEqual(["2024-01", "2024-03"]);
  });

  it("fails with the first file's reason when none opens", async () => {
    serve({});
    const read = await readArchive(catalog, "/a/catalog.json", { first: [] });
    expect(read.ok ? null : [read.error.kind, read.error.source]).toEqual(["http", "/a/2024-01.json"]);
  });

  it("refuses two files that give one id to different papers", async () => {
    const april = makeDataset({ papers: [makePaper({ id: "twin", arxivId: "2404.00001" })] });
    const may = makeDataset({
      source: { description: "May", digests: [{ id: "2024-05", titleZh: "五月", titleEn: "May", language: "zh" }] },
      papers: [makePaper({ id: "twin", arxivId: "2405.00002", digest: "2024-05" })],
    });
    serve({ "/a/2024-04.json": april, "/a/2024-05.json": may });
    const read = await readArchive(
      { digests: [entry(april, "2024-04.json"), entry(may, "2024-05.json")] },
      "/a/catalog.json",
      { first: [] },
    );
    expect(read.ok ? null : read.error).toEqual({
      kind: "invalid",
      source: "/a/catalog.json",
      problems: [{ path: "papers[1].id", message: 'id "twin" names two different papers of the archive' }],
    });
  });
});
