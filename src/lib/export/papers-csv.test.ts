import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { buildIndexes } from "../dataset/dataset-indexes";
import { BOM, toCsv } from "./csv";
import { PAPER_CSV_COLUMNS, papersToCsv } from "./papers-csv";

function parse(csv: string) {
  expect(csv.startsWith(BOM)).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
}

describe("papersToCsv", () => {
  const dataset = makeDataset();
  const indexes = buildIndexes(dataset);

  it("starts with a BOM and parses back to one row per paper, in order, Chinese intact", () => {
    const papers = [...dataset.papers].reverse();
    const { data, errors, meta } = parse(papersToCsv(papers, dataset, indexes));
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...PAPER_CSV_COLUMNS]);
    expect(data.map((row) => row.id)).toEqual(papers.map((p) => p.id));
    const multibooth = data.find((row) => row.id === "multibooth");
    expect(multibooth).toMatchObject({
      heading_zh: "清华、Meta 提出文生图定制新方法 MultiBooth",
      chapter: "Text-to-image",
      chapter_zh: "文生图",
      institutions: "Tsinghua University; Meta",
      institutions_zh: "清华大学; Meta",
      countries: "CN; US",
      institution_types: "academia; industry",
      arxiv_id: "2404.14239",
      authors: "Chenyang Zhu; Kai Li; Yue Ma; Chunming He; Xiu Li",
    });
  });

  it("keeps commas, quotes and line breaks inside one cell", () => {
    const tricky = makePaper({ id: "tricky", name: 'A "quoted", comma\nname' });
    const { data } = parse(papersToCsv([tricky], dataset, indexes));
    expect(data[0]?.name).toBe('A "quoted", comma\nname');
  });

  it("defuses cells that a spreadsheet would run as a formula", () => {
    const { data } = parse(papersToCsv([makePaper({ id: "formula", name: "=HYPERLINK(1)" })], dataset, indexes));
    expect(data[0]?.name).toBe("'=HYPERLINK(1)");
  });

  it("writes only a header for no papers", () => {
    const csv = toCsv(["a", "b"], []);
    expect(csv).toBe(`${BOM}a,b\r\n`);
  });
});
