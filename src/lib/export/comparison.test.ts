import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { fixtureFieldContext, makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { COMPARISON_FIELDS, comparisonToCsv, comparisonToMarkdown } from "./comparison";
import { BOM } from "./csv";

describe("comparison exports", () => {
  const dataset = makeDataset();
  const papers = dataset.papers.slice(0, 2);

  it("aligns one column per paper and one row per attribute (CSV)", () => {
    const csv = comparisonToCsv(papers, fixtureFieldContext());
    expect(csv.startsWith(BOM)).toBe(true);
    const { data, errors } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(data[0]).toEqual(["<name>", "MultiBooth", "LazyDiffusion"]);
    expect(data.slice(1).map((row) => row[0])).toEqual(COMPARISON_FIELDS.map((f) => `<${f}>`));
    const institutions = data.find((row) => row[0] === "<institutions>");
    expect(institutions).toEqual(["<institutions>", "Tsinghua University, Meta", "Meta"]);
    const results = data.find((row) => row[0] === "<results>");
    expect(results?.[2]).toBe("speedup: 10x (mask covers 10% of the image)");
  });

  it("writes the same aligned table as Markdown, in the reader's language", () => {
    const lines = comparisonToMarkdown(papers, fixtureFieldContext("zh")).trimEnd().split("\n");
    expect(lines).toHaveLength(2 + COMPARISON_FIELDS.length);
    expect(lines[0]).toBe("| <name> | MultiBooth | LazyDiffusion |");
    expect(lines.find((line) => line.startsWith("| <chapter> "))).toBe("| <chapter> | 文生图 | 文生图 |");
  });
});
