import { describe, expect, it } from "vitest";
import { loadArchive } from "./load-archive";

describe("loadArchive", () => {
  it("reads a dataset file", () => {
    const load = loadArchive("data/2024-04.json");
    expect(load.ok && load.archive.papers.length).toBe(66);
  });

  it("says why it cannot read a missing file or one that is not a dataset", () => {
    expect(loadArchive("no/such/file.json")).toEqual({ ok: false, message: expect.stringContaining("ENOENT") });
    expect(loadArchive("package.json")).toEqual({ ok: false, message: expect.stringContaining("not a valid dataset") });
  });
});
