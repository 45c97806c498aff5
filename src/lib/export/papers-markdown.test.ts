import { describe, expect, it } from "vitest";
import { fixtureFieldContext, makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { markdownCell } from "./markdown-table";
import { papersToMarkdown } from "./papers-markdown";

describe("papersToMarkdown", () => {
  const dataset = makeDataset();

  it("writes a header, a separator and one row per paper", () => {
    const lines = papersToMarkdown(dataset.papers, fixtureFieldContext()).trimEnd().split("\n");
    expect(lines).toHaveLength(2 + dataset.papers.length);
    expect(lines[0]).toBe("| <name> | <title> | <chapter> | <institutions> | <modalities> | <kind> | <arxiv> |");
    expect(lines[1]).toBe("| --- | --- | --- | --- | --- | --- | --- |");
    expect(lines[2]).toContain("| MultiBooth |");
    expect(lines[2]).toContain("Tsinghua University, Meta");
    expect(lines[2]).toContain("[2404.14239](https://arxiv.org/abs/2404.14239)");
  });

  it("uses Chinese names and headings for a Chinese reader", () => {
    const text = papersToMarkdown(dataset.papers.slice(0, 1), fixtureFieldContext("zh"));
    expect(text).toContain("| <heading> |");
    expect(text).toContain("清华、Meta 提出文生图定制新方法 MultiBooth");
    expect(text).toContain("| 文生图 | 清华大学, Meta |");
  });

  it("never lets a value break the table", () => {
    const text = papersToMarkdown([makePaper({ id: "pipe", name: "a | b\nc" })], fixtureFieldContext());
    expect(text.trimEnd().split("\n")).toHaveLength(3);
    expect(text).toContain("a \\| b c");
    expect(markdownCell("back\\slash")).toBe("back\\\\slash");
  });
});
