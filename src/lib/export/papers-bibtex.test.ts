import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { buildIndexes } from "../dataset/dataset-indexes";
import { bibtexName, escapeBibtex, papersToBibtex } from "./papers-bibtex";

describe("papersToBibtex", () => {
  const dataset = makeDataset();
  const indexes = buildIndexes(dataset);

  it("writes one @misc entry per paper with unique keys, parseable by a BibTeX parser", () => {
    const library = parse(papersToBibtex(dataset.papers, indexes));
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(dataset.papers.length);
    expect(library.entries.map((e) => e.type)).toEqual(dataset.papers.map(() => "misc"));
    const keys = library.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has arXiv eprint fields only where the paper has an arXiv id", () => {
    const library = parse(papersToBibtex(dataset.papers, indexes));
    const byKey = new Map(library.entries.map((e) => [e.key, e.fields]));
    expect(byKey.get("multibooth")).toMatchObject({ eprint: "2404.14239", archiveprefix: "arXiv", year: "2024" });
    expect(byKey.get("speech-codec")?.eprint).toBeUndefined();
  });

  it("gives a paper the same key in every export", () => {
    const alone = parse(papersToBibtex([dataset.papers[1] ?? makePaper({ id: "x" })], indexes));
    const all = parse(papersToBibtex(dataset.papers, indexes));
    expect(all.entries[1]?.key).toBe(alone.entries[0]?.key);
  });

  it("escapes LaTeX specials so titles survive a round trip", () => {
    const title = "50% faster {R&D} for $5 #1 with snake_case ~ ^ \\ backslash";
    const library = parse(papersToBibtex([makePaper({ id: "special", title })], indexes));
    expect(library.errors).toEqual([]);
    expect(library.entries[0]?.fields.title).toBe(title);
    expect(escapeBibtex("a}b{")).toBe("a\\}b\\{");
  });

  it("lists the authors in order, each name read back with its given and family parts", () => {
    const library = parse(papersToBibtex(dataset.papers, indexes), { sentenceCase: false });
    const multibooth = library.entries.find((entry) => entry.key === "multibooth");
    expect(multibooth?.fields.author).toEqual([
      { firstName: "Chenyang", lastName: "Zhu" },
      { firstName: "Kai", lastName: "Li" },
      { firstName: "Yue", lastName: "Ma" },
      { firstName: "Chunming", lastName: "He" },
      { firstName: "Xiu", lastName: "Li" },
    ]);
    expect(library.entries.find((entry) => entry.key === "speech-codec")?.fields.author).toBeUndefined();
  });

  it("keeps particles in the family name with braces, and a name that would split whole", () => {
    const authors = ["Blaise Agüera y Arcas", "Seán Ó hÉigeartaigh", "Sarah de Haas", "Research and Co, Ltd"];
    const library = parse(papersToBibtex([makePaper({ id: "names", authors })], indexes), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries[0]?.fields.author).toEqual([
      { firstName: "Blaise", lastName: "Agüera y Arcas" },
      { firstName: "Seán", lastName: "Ó hÉigeartaigh" },
      { firstName: "Sarah", lastName: "de Haas" },
      { name: "Research and Co, Ltd" },
    ]);
    expect(bibtexName("Blaise Agüera y Arcas")).toBe("Blaise {Agüera y Arcas}");
    expect(bibtexName("Chenyang Zhu")).toBe("Chenyang Zhu");
  });
});
