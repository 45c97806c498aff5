import { describe, expect, it } from "vitest";
import { highlightTerms, indexTokens, queryTerms } from "./tokenizer";

const tokens = (text: string, withHanCharacters = true) => {
  const all: string[] = [];
  const lower = text.toLowerCase();
  indexTokens(lower, withHanCharacters, (start: number, end: number) => all.push(lower.slice(start, end)));
  return all;
};

describe("tokenizer", () => {
  it("indexes Han runs as characters and bigrams, other text as lower-cased words", () => {
    expect(tokens("清华大学 MultiBooth")).toEqual(["清", "华", "大", "学", "清华", "华大", "大学", "multibooth"]);
  });

  it("leaves single Han characters out of long fields, except a run of one", () => {
    expect(tokens("文生图 的", false)).toEqual(["文生", "生图", "的"]);
  });

  it("keeps hyphenated compounds whole as well as their words", () => {
    expect(tokens("text-to-speech, GPT-4o and x-y")).toEqual([
      "text",
      "to",
      "speech",
      "text-to-speech",
      "gpt",
      "4o",
      "gpt-4o",
      "and",
      "x",
      "y",
      "x-y",
    ]);
  });

  it("reads letters beyond ASCII as words", () => {
    expect(tokens("Zürich École")).toEqual(["zürich", "école"]);
  });

  it("splits a query into words and whole Han runs", () => {
    expect(queryTerms("文生图 Speech-to-text")).toEqual([
      { kind: "han", text: "文生图" },
      { kind: "word", text: "speech" },
      { kind: "word", text: "to" },
      { kind: "word", text: "text" },
    ]);
    expect(highlightTerms("  ,, ")).toEqual([]);
  });
});
