// Generated digests mixing every kind of line with junk: the importer never throws, drafts exactly
// one paper per entry heading, and says "nothing imported" only when there is no heading at all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../archive/load-archive";
import { describeOtherFormat, parseEntryHeading } from "./digest-format";
import { importDigest } from "./import-digest";
import { importReport } from "./import-report";

const load = loadArchive("data/2024-04.json");
if (!load.ok) throw new Error(load.message);
const archive = load.archive;

const line = fc.oneof(
  fc.constantFrom("第 1 章 文生图", "第 2 章 文/图生视频", "第 3 章", "第 99 章 未知"),
  fc.constantFrom("【MultiBooth:多概念】", "2. 【半截", "【】", "【 清华、Meta 提出 X 】"),
  fc.constantFrom(
    "论文链接:https://arxiv.org/abs/2404.14239",
    "GitHub 地址: https://x.github.io/",
    "项目地址:https://github.com/a/b",
    "https://example.org",
    "未知标签:https://example.org/y",
  ),
  fc.constantFrom("来自清华大学和 Meta 的研究团队及其合作者提出了——MultiBooth。", "高达 2.37...", "等等"),
  fc.string({ maxLength: 40 }),
);

describe("importing any text", () => {
  it("never throws and drafts one paper per entry heading", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join("\n");
        const draft = importDigest(text, archive, { digest: "2024-05", sourceName: "generated" });
        const headings = text.split("\n").filter((l) => parseEntryHeading(l) !== null).length;
        expect(draft.papers).toHaveLength(describeOtherFormat(text) === null ? headings : 0);
        const { exitCode } = importReport(draft, draft.papers.length > 0 ? "out.json" : null);
        expect(exitCode).toBe(draft.papers.length > 0 ? 0 : 1);
      }),
      { numRuns: 300 },
    );
  });
});
