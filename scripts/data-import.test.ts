// The commands as a maintainer runs them: data:import writes a draft and exits 0, or writes
// nothing and exits 1; data:check refuses the draft until its review list is gone.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "data-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", [script, ...args], { encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const DIGEST = `第 1 章 文生图

【Foo 研究团队提出 BarNet:一个方法】

来自清华大学和 Meta 的研究团队提出了 BarNet。

论文链接:https://arxiv.org/abs/2405.00001
`;

// Each run starts tsx (a few seconds on a busy machine).
describe("npm run data:import", { timeout: 60_000 }, () => {
  it("writes a draft with its review list and exits 0", () => {
    const input = join(dir, "digest.txt");
    const out = join(dir, "draft.json");
    writeFileSync(input, DIGEST);
    const { status, output } = run("scripts/data-import.ts", input, "--digest", "2024-05", "--out", out);
    expect(status, output).toBe(0);
    expect(output).toContain("1 papers in 1 chapters");
    expect(output).toContain("Empty summaries");
    const draft = JSON.parse(readFileSync(out, "utf8"));
    expect(draft.papers[0]).toMatchObject({ name: "BarNet", institutions: ["tsinghua-university", "meta"] });
    expect(draft.review.length).toBeGreaterThan(0);

    const check = run("scripts/data-check.ts", out);
    expect(check.status).toBe(1);
    expect(check.output).toContain("a draft from data:import");
  });

  it("writes nothing and exits 1 when nothing can be imported", () => {
    const input = join(dir, "empty.txt");
    const out = join(dir, "empty.json");
    writeFileSync(input, "");
    const { status, output } = run("scripts/data-import.ts", input, "--digest", "2024-05", "--out", out);
    expect(status).toBe(1);
    expect(output).toContain("the file is empty");
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 with the usage when --digest is malformed, and refuses to write over the archive", () => {
    const usage = run("scripts/data-import.ts", "x.txt", "--digest", "May");
    expect(usage.status).toBe(2);
    expect(usage.output).toContain("usage:");
    const overArchive = run("scripts/data-import.ts", "x.txt", "--digest", "2024-05", "--out", "data/2024-04.json");
    expect(overArchive.status).toBe(2);
    expect(overArchive.output).toContain("is the archive");
  });
});
