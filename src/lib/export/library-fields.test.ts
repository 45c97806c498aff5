import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { buildIndexes } from "../dataset/dataset-indexes";
import type { Paper } from "../dataset/schema";
import { emptyEntry, type LibraryEntry } from "../library/library-entry";
import type { EntryOf } from "./library-fields";
import { papersToBibtex } from "./papers-bibtex";
import { papersToCsl } from "./papers-csl";
import { PAPER_CSV_COLUMNS, papersToCsv } from "./papers-csv";
import { papersToJson } from "./papers-json";
import { papersToRis } from "./papers-ris";

const dataset = makeDataset();
const indexes = buildIndexes(dataset);
const multibooth = dataset.papers.find((paper) => paper.id === "multibooth") as Paper;
const entry: LibraryEntry = {
  ...emptyEntry(multibooth),
  starred: true,
  status: "read",
  tags: ["survey", "rl"],
  note: "Line one\nline two, with {braces}",
};
const library: EntryOf = (paper) => (paper.id === "multibooth" ? entry : undefined);

describe("the reader's fields in exports", () => {
  it("adds four CSV columns only when asked", () => {
    const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
    expect(parse(papersToCsv(dataset.papers, dataset, indexes)).meta.fields).toEqual([...PAPER_CSV_COLUMNS]);
    const { data, meta } = parse(papersToCsv(dataset.papers, dataset, indexes, library));
    expect(meta.fields).toEqual([...PAPER_CSV_COLUMNS, "starred", "status", "tags", "note"]);
    expect(data.find((row) => row.id === "multibooth")).toMatchObject({
      starred: "true",
      status: "read",
      tags: "survey; rl",
      note: entry.note,
    });
    expect(data.find((row) => row.id === "speech-codec")).toMatchObject({ starred: "false", status: "", note: "" });
  });

  it("gives every JSON paper a library object, and none without the option", () => {
    const plain = JSON.parse(papersToJson(dataset.papers, dataset));
    expect(plain.papers.every((paper: object) => !("library" in paper))).toBe(true);
    const file = JSON.parse(papersToJson(dataset.papers, dataset, library));
    expect(file.papers[0].library).toEqual({ starred: true, status: "read", tags: ["survey", "rl"], note: entry.note });
    expect(file.papers[1].library).toEqual({ starred: false, status: null, tags: [], note: "" });
  });

  it("puts tags in BibTeX keywords and the note, escaped, in note", () => {
    const bibtex = papersToBibtex([multibooth], indexes, library);
    expect(bibtex).toContain("keywords = {personalization, survey, rl}");
    expect(bibtex).toContain("note = {Line one line two, with \\{braces\\} — Institutions: Tsinghua University, Meta}");
  });

  it("puts tags and the note in RIS (KW, N1) and CSL-JSON (keyword, note)", () => {
    const ris = papersToRis([multibooth], library).split("\r\n");
    expect(ris).toContain("KW  - survey");
    expect(ris).toContain("KW  - rl");
    expect(ris).toContain("N1  - Line one line two, with {braces}");
    const [item] = JSON.parse(papersToCsl([multibooth], library));
    expect(item).toMatchObject({ keyword: "survey, rl", note: entry.note });
    expect(papersToRis([multibooth])).not.toContain("KW  -");
  });
});
