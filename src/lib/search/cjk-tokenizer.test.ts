import { describe, expect, it } from "vitest";
import { highlightTerms, tokenizeForIndex, tokenizeForQuery } from "./cjk-tokenizer";

describe("CJK tokenizer", () => {
  it("indexes Han runs as characters and bigrams, Latin as lower-cased words", () => {
    expect(tokenizeForIndex("清华大学 MultiBooth")).toEqual([
      "清",
      "华",
      "大",
      "学",
      "清华",
      "华大",
      "大学",
      "multibooth",
    ]);
  });

  it("queries with bigrams so 清华 matches inside 清华大学", () => {
    const indexed = new Set(tokenizeForIndex("来自清华大学的团队"));
    expect(tokenizeForQuery("清华").every((t) => indexed.has(t))).toBe(true);
    expect(tokenizeForQuery("北大").every((t) => indexed.has(t))).toBe(false);
  });

  it("keeps a single Han character searchable", () => {
    expect(tokenizeForQuery("图")).toEqual(["图"]);
  });

  it("splits mixed text into highlightable runs", () => {
    expect(highlightTerms("文生图 speech-to-text")).toEqual(["文生图", "speech", "to", "text"]);
  });
});
