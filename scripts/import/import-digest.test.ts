import { describe, expect, it } from "vitest";
import { type Archive, loadArchive } from "../archive/load-archive";
import { importDigest } from "./import-digest";
import { importReport } from "./import-report";
import type { ReviewCategory } from "./review";

function bundledArchive(): Archive {
  const load = loadArchive("data/2024-04.json");
  if (!load.ok) throw new Error(load.message);
  return load.archive;
}
const archive = bundledArchive();
const run = (text: string) => {
  const draft = importDigest(text, archive, { digest: "2024-05", sourceName: "test.txt" });
  return { draft, report: importReport(draft, draft.papers.length > 0 ? "out.json" : null) };
};
const messages = (draft: ReturnType<typeof run>["draft"], category: ReviewCategory) =>
  draft.review.filter((item) => item.category === category).map((item) => item.message);

const ENTRY = `【西湖大学、Meta 提出 NewBooth:一个新方法】

来自西湖大学和 Meta 的研究团队及其合作者提出了一种新方法——NewBooth。

论文链接:https://arxiv.org/abs/2405.01234

GitHub 地址:https://newbooth.github.io/`;

describe("importing a digest", () => {
  it("reads chapters, entries, links, institutions and the collaborators flag", () => {
    const { draft, report } = run(`第 1 章 文生图\n\n${ENTRY}\n`);
    expect(report.exitCode).toBe(0);
    expect(draft.chapters).toEqual([{ id: "text-to-image", number: 1, nameZh: "文生图", nameEn: "Text-to-image" }]);
    expect(draft.papers).toHaveLength(1);
    expect(draft.papers[0]).toMatchObject({
      id: "newbooth",
      digest: "2024-05",
      name: "NewBooth",
      arxivId: "2405.01234",
      published: "2024-05",
      chapter: "text-to-image",
      institutions: ["new-institution-1", "meta"],
      hasCollaborators: true,
      links: {
        arxiv: "https://arxiv.org/abs/2405.01234",
        project: "https://newbooth.github.io/",
        code: null,
        other: [],
      },
      summary: { en: "", zh: "" },
      sourceTruncated: false,
    });
    expect(draft.institutions.map((i) => i.id)).toEqual(["meta", "new-institution-1"]);
    expect(draft.institutions[1]).toMatchObject({ nameZh: "西湖大学", nameEn: "", type: "", country: "" });
    expect(messages(draft, "new-institution")).toEqual([expect.stringContaining("西湖大学")]);
    expect(messages(draft, "link-label")).toEqual([expect.stringContaining("newbooth.github.io")]);
    expect(messages(draft, "empty-summary")).toHaveLength(1);
  });

  it("proposes a Latin-named new institution under its slug", () => {
    const { draft } = run(
      `第 1 章 文生图\n\n【Foo:bar】\n\n来自 Acme Robotics Lab 的研究团队提出了它。\n\n论文链接:https://arxiv.org/abs/2405.00002\n`,
    );
    expect(draft.institutions[0]).toMatchObject({ id: "acme-robotics-lab", nameEn: "Acme Robotics Lab", nameZh: null });
  });

  it("reports a paper already in the archive by its arXiv id", () => {
    const { draft } = run(
      "第 1 章 文生图\n\n【MultiBooth:again】\n\n来自清华大学的研究团队。\n\n论文链接:https://arxiv.org/abs/2404.14239\n",
    );
    expect(messages(draft, "duplicate")).toEqual([expect.stringContaining('"multibooth" in digest 2024-04')]);
  });

  it("reports an entry without an arXiv link, and the same arXiv id twice in one digest", () => {
    const { draft } = run(
      "第 1 章 文生图\n\n【A:x】\n\n谷歌研究团队提出了它。\n\n相关链接:https://example.org/blog\n\n【B:y】\n\n谷歌研究团队。\n\n论文链接:https://arxiv.org/abs/2405.00003\n\n【C:z】\n\n谷歌研究团队。\n\n论文链接:https://arxiv.org/abs/2405.00003\n",
    );
    expect(messages(draft, "no-arxiv")).toEqual([expect.stringContaining("https://example.org/blog")]);
    expect(messages(draft, "duplicate")).toEqual([expect.stringContaining('also "b" earlier in this digest')]);
  });
});

describe("bad input never crashes and never drops an entry silently", () => {
  it("an empty file: nothing imported, exit code 1, says why", () => {
    const { draft, report } = run("");
    expect(draft.papers).toEqual([]);
    expect(report.exitCode).toBe(1);
    expect(report.lines.join("\n")).toMatch(/nothing imported[\s\S]*the file is empty/);
  });

  it("JSON: nothing imported, exit code 1, says it is JSON", () => {
    const { report } = run(JSON.stringify({ schemaVersion: 1, papers: [] }));
    expect(report.exitCode).toBe(1);
    expect(report.lines.join("\n")).toMatch(/JSON, not digest text/);
  });

  it("an English blog post: nothing imported, exit code 1, says no entries were found", () => {
    const { report } = run(
      "# My favourite papers of April\n\nThis month I read MultiBooth (https://arxiv.org/abs/2404.14239).\n",
    );
    expect(report.exitCode).toBe(1);
    expect(report.lines.join("\n")).toMatch(/no digest entries found/);
  });

  it("a half-written entry is imported and reported: no text, no links", () => {
    const { draft, report } = run(`第 1 章 文生图\n\n【半截条目】\n\n${ENTRY}\n`);
    expect(report.exitCode).toBe(0);
    expect(draft.papers.map((p) => p.headingZh)).toEqual(["半截条目", "西湖大学、Meta 提出 NewBooth:一个新方法"]);
    expect(messages(draft, "unparsed")).toEqual(
      expect.arrayContaining(["the entry has no text", "the entry has no links", "no institution named"]),
    );
  });

  it("an entry cut off at the end of the file is imported, marked truncated and reported", () => {
    const { draft } = run(
      `第 1 章 文生图\n\n${ENTRY}\n\n【高通新研究:提高推理速度】\n\n多模态大型语言模型的推理速度可提升高达 2.37...`,
    );
    expect(draft.papers.map((p) => p.sourceTruncated)).toEqual([false, true]);
    expect(draft.papers[1]?.institutions).toEqual(["qualcomm"]);
    expect(messages(draft, "unparsed")).toContain("the entry's text stops mid-sentence: the source is cut off here");
  });

  it("an unclosed heading is imported and reported", () => {
    const { draft } = run(
      "第 1 章 文生图\n\n【没有右括号\n\n谷歌研究团队提出了它。\n\n论文链接:https://arxiv.org/abs/2405.00004\n",
    );
    expect(draft.papers).toHaveLength(1);
    expect(messages(draft, "unparsed")).toContain("the heading has no closing 】");
  });

  it("a chapter with no entries is kept and reported", () => {
    const { draft } = run(`第 1 章 文生图\n\n第 2 章 文/图生视频\n\n${ENTRY}\n`);
    expect(draft.chapters.map((c) => c.id)).toEqual(["text-to-image", "video"]);
    expect(messages(draft, "structure")).toEqual(["chapter 1 (文生图) has no entries"]);
  });

  it("duplicated entry and chapter numbers are reported, both entries kept", () => {
    const { draft } = run(
      `第 1 章 文生图\n\n1. ${ENTRY}\n\n1. 【Other:x】\n\n谷歌研究团队。\n\n第 1 章 其他\n\n${ENTRY}\n`,
    );
    expect(draft.papers).toHaveLength(3);
    expect(messages(draft, "structure")).toEqual([
      "entry number 1 again (first at line 3)",
      "chapter number 1 again (first at line 1)",
    ]);
  });

  it("entries before the first chapter go to a placeholder chapter, reported", () => {
    const { draft } = run(`${ENTRY}\n`);
    expect(draft.papers).toHaveLength(1);
    expect(draft.chapters[0]).toMatchObject({ id: "unassigned", number: 0 });
    expect(messages(draft, "structure")).toEqual(["entry before the first chapter heading (第 N 章 …)"]);
    expect(messages(draft, "new-chapter")).toHaveLength(1);
  });

  it("a chapter the archive does not know gets a placeholder id, reported", () => {
    const { draft } = run(`第 11 章 机器人\n\n${ENTRY}\n`);
    expect(draft.chapters[0]).toEqual({ id: "chapter-11", number: 11, nameZh: "机器人", nameEn: "" });
    expect(messages(draft, "new-chapter")).toEqual([expect.stringContaining("机器人")]);
  });

  it("an unknown link label is filed by its URL and reported", () => {
    const { draft } = run(`第 1 章 文生图\n\n${ENTRY}\n\n演示视频:https://example.org/video\n`);
    expect(draft.papers[0]?.links.other).toEqual(["https://example.org/video"]);
    expect(messages(draft, "link-label")).toContainEqual(expect.stringContaining("is not a known label"));
  });
});
