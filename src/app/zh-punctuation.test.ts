import { describe, expect, it } from "vitest";
import * as library from "../features/library/i18n";
import * as detail from "../features/paper-detail/i18n";
import * as stats from "../features/stats/i18n";
import * as fieldNames from "../lib/paper-fields/field-names";
import { resources } from "./i18n";

// Chinese text takes Chinese punctuation: 「共 66 篇，显示 66 篇」, 「筛选（1 项）」. An ASCII comma,
// parenthesis, colon, semicolon, question or exclamation mark whose nearest neighbour (skipping
// spaces and {{placeholders}}) is Chinese (a character or a full-width mark) is a slip, and so is
// the closing parenthesis of a slipped opening one.
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”]/;
const ASCII_PUNCTUATION = /[,():;?!]/g;

function neighbour(text: string, from: number, step: -1 | 1): string {
  let i = from;
  while (i >= 0 && i < text.length) {
    const rest = step === 1 ? text.slice(i) : text.slice(0, i + 1);
    const placeholder = step === 1 ? /^\{\{[^}]*\}\}/.exec(rest) : /\{\{[^}]*\}\}$/.exec(rest);
    if (placeholder) i += step * placeholder[0].length;
    else if (/\s/.test(text[i] as string)) i += step;
    else return text[i] as string;
  }
  return "";
}

/** Each ASCII mark in `text` that stands next to Chinese, with a little context. */
function asciiPunctuationInChinese(text: string): string[] {
  const slips: string[] = [];
  const opened: boolean[] = [];
  for (const match of text.matchAll(ASCII_PUNCTUATION)) {
    const at = match.index;
    let slip = CJK.test(neighbour(text, at - 1, -1)) || CJK.test(neighbour(text, at + 1, 1));
    if (match[0] === "(") opened.push(slip);
    if (match[0] === ")") slip = (opened.pop() ?? false) || slip;
    if (slip) slips.push(`“${text.slice(Math.max(0, at - 6), at + 7)}”`);
  }
  return slips;
}

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key));
  }
  return [];
}

describe("Chinese strings", () => {
  it("finds ASCII punctuation next to Chinese, and only there", () => {
    expect(asciiPunctuationInChinese("共 {{total}} 篇,显示 {{shown}} 篇")).toHaveLength(1);
    expect(asciiPunctuationInChinese(",{{count}} 篇")).toHaveLength(1);
    expect(asciiPunctuationInChinese("筛选({{count}} 项)")).toHaveLength(2);
    expect(asciiPunctuationInChinese("共 {{total}} 篇，显示 {{shown}} 篇")).toEqual([]);
    expect(asciiPunctuationInChinese("按 Ctrl+K (或 ⌘+K)")).toHaveLength(2);
    expect(asciiPunctuationInChinese("BibTeX, RIS (CSL-JSON) https://arxiv.org")).toEqual([]);
  });

  it("use Chinese punctuation in every zh string of the UI", () => {
    // With the namespaces their features register when their code loads.
    const lazy = { detail: detail.zh, library: library.zh, stats: stats.zh };
    const all = [...strings({ ...resources.zh, ...lazy }, "zh"), ...strings(fieldNames.zh, "fields.zh")];
    expect(all.length).toBeGreaterThan(100);
    const slips = all.flatMap(([path, text]) => asciiPunctuationInChinese(text).map((slip) => `${path}: ${slip}`));
    expect(slips).toEqual([]);
  });
});
