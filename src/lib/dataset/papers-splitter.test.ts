import { describe, expect, it } from "vitest";
import { PapersSplitter } from "./papers-splitter";

/** Feeds `text` cut at `cuts`; returns the papers (parsed) and the rest (parsed), or null. */
function split(text: string, cuts: number[]) {
  const splitter = new PapersSplitter();
  const papers: unknown[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    for (const paper of splitter.push(text.slice(from, cut))) papers.push(JSON.parse(paper));
    from = cut;
  }
  const rest = splitter.end();
  return rest === null ? null : { papers, rest: JSON.parse(rest) as unknown };
}

// Strings that look like structure: braces, brackets, quotes, backslashes, a "papers" key inside a paper.
const tricky = {
  schemaVersion: 1,
  source: { description: 'a "papers": [ { } ] \\ note', digests: [{ id: "2024-04" }] },
  papers: [
    { id: "a", name: 'Brace } and bracket ] and quote " and slash \\', papers: ["x"] },
    { id: "b", summary: { en: '\\\\\\"', zh: "大模型月报 {[" }, nested: [[{}], { k: [] }] },
    { id: "c", text: "\\u0022 not a quote", n: -1.5e3, t: true, f: false, z: null },
  ],
  chapters: [{ id: "x", nameZh: "文生图" }],
};

describe("PapersSplitter", () => {
  const text = JSON.stringify(tricky, null, 1);
  const expected = { papers: tricky.papers, rest: { ...tricky, papers: [] } };

  it("gives each paper and the rest of the file, wherever the text is cut", () => {
    expect(split(text, [])).toEqual(expected);
    for (let cut = 0; cut <= text.length; cut += 1) expect(split(text, [cut])).toEqual(expected);
  });

  it("follows the text cut into many small pieces", () => {
    for (const size of [1, 2, 3, 7, 64]) {
      const cuts = Array.from({ length: Math.floor(text.length / size) }, (_, i) => (i + 1) * size);
      expect(split(text, cuts)).toEqual(expected);
    }
  });

  it("reads an empty papers list and one without whitespace", () => {
    expect(split('{"a":1,"papers":[],"b":[2]}', [])).toEqual({ papers: [], rest: { a: 1, papers: [], b: [2] } });
    expect(split('{"papers":[{"id":"x"},{"id":"y"}]}', [9])).toEqual({
      papers: [{ id: "x" }, { id: "y" }],
      rest: { papers: [] },
    });
  });

  it("gives up on files it does not follow, which are then read whole", () => {
    const unsupported = [
      '[{"papers":[]}]', // not an object
      '{"chapters":[]}', // no papers
      '{"papers":[],"papers":[]}', // twice: JSON keeps the last
      '{"pap\\u0065rs":[{"id":"x"}],"papers":[]}', // an escaped key
      '{"papers":{"id":"x"}}', // not a list
      '{"papers":"x"}',
      '{"papers":[1,2]}', // not objects
      '{"papers":["x"]}',
      '{"papers":[{"id":"x"}]', // ends early
      '{"papers" [{}]}',
    ];
    for (const bad of unsupported) expect(split(bad, [3]), bad).toBeNull();
  });

  it("leaves text that is not JSON to the parser", () => {
    // The splitter follows the structure only; parsing the rest is what fails.
    const splitter = new PapersSplitter();
    splitter.push('{"a":tru,"papers":[]}');
    expect(() => JSON.parse(splitter.end() ?? "")).toThrow();
  });
});
