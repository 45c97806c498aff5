// data:check as a maintainer runs it: by default on data/catalog.json and every file it lists.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Catalog } from "../src/lib/dataset/catalog";

const dir = mkdtempSync(join(tmpdir(), "data-check-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["scripts/data-check.ts", ...args], { encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const bundled: Catalog = JSON.parse(readFileSync("data/catalog.json", "utf8"));

// Each run starts tsx (a few seconds on a busy machine).
describe("npm run data:check", { timeout: 60_000 }, () => {
  it("checks the bundled catalog and every digest file it lists", () => {
    const { status, output } = check();
    expect(status).toBe(0);
    expect(output).toContain(`✓ data/catalog.json: ${bundled.digests.length} digest file(s)`);
    for (const digest of bundled.digests) expect(output).toContain(`✓ data/${digest.file}: schema v1`);
  });

  it("fails on a catalog line that disagrees with its file, and on a file that is not there", () => {
    for (const digest of bundled.digests) copyFileSync(join("data", digest.file), join(dir, digest.file));
    const [first] = bundled.digests;
    if (!first) throw new Error("the bundled catalog lists a digest");
    const catalog: Catalog = {
      digests: [
        { ...first, papers: first.papers + 1 },
        { ...first, id: "2024-05", month: "2024-05", file: "2024-05.json" },
      ],
    };
    writeFileSync(join(dir, "catalog.json"), JSON.stringify(catalog));
    const { status, output } = check(join(dir, "catalog.json"));
    expect(status).toBe(1);
    expect(output).toContain(`the catalog says ${first.papers + 1} papers, the file has ${first.papers}`);
    expect(output).toContain(`${join(dir, "2024-05.json")}: cannot read JSON`);
  });
});
