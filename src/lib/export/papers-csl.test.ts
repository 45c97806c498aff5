import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { papersToCsl } from "./papers-csl";

/**
 * The CSL input schema (citation-style-language/schema, `schemas/input/csl-data.json`) for the
 * variables these items use: an array of objects that must have `id` and a `type` from its list,
 * with no properties it does not define; names and dates in its shapes.
 */
const CSL_TYPES = [
  "article",
  "article-journal",
  "article-magazine",
  "article-newspaper",
  "bill",
  "book",
  "broadcast",
  "chapter",
  "classic",
  "collection",
  "dataset",
  "document",
  "entry",
  "entry-dictionary",
  "entry-encyclopedia",
  "figure",
  "graphic",
  "hearing",
  "interview",
  "legal_case",
  "legislation",
  "manuscript",
  "map",
  "motion_picture",
  "musical_score",
  "pamphlet",
  "paper-conference",
  "patent",
  "performance",
  "periodical",
  "personal_communication",
  "post",
  "post-weblog",
  "regulation",
  "report",
  "review",
  "review-book",
  "software",
  "song",
  "speech",
  "standard",
  "thesis",
  "treaty",
  "webpage",
] as const;
const nameVariable = v.strictObject({
  family: v.optional(v.string()),
  given: v.optional(v.string()),
  literal: v.optional(v.string()),
});
const datePart = v.union([v.string(), v.number()]);
const dateVariable = v.strictObject({
  "date-parts": v.pipe(
    v.array(v.pipe(v.array(datePart), v.minLength(1), v.maxLength(3))),
    v.minLength(1),
    v.maxLength(2),
  ),
});
const cslData = v.array(
  v.strictObject({
    id: v.union([v.string(), v.number()]),
    type: v.picklist(CSL_TYPES),
    title: v.optional(v.string()),
    author: v.optional(v.array(nameVariable)),
    issued: v.optional(dateVariable),
    URL: v.optional(v.string()),
    number: v.optional(v.union([v.string(), v.number()])),
    publisher: v.optional(v.string()),
  }),
);

describe("papersToCsl", () => {
  const dataset = makeDataset();

  it("writes items of the CSL input schema, one per paper, in order", () => {
    const items = v.parse(cslData, JSON.parse(papersToCsl(dataset.papers)));
    expect(items.map((item) => item.id)).toEqual(dataset.papers.map((paper) => paper.id));
    expect(items[0]).toEqual({
      id: "multibooth",
      type: "article",
      title: "MultiBooth",
      author: [
        { family: "Zhu", given: "Chenyang" },
        { family: "Li", given: "Kai" },
        { family: "Ma", given: "Yue" },
        { family: "He", given: "Chunming" },
        { family: "Li", given: "Xiu" },
      ],
      issued: { "date-parts": [[2024, 4]] },
      URL: "https://arxiv.org/abs/2404.14239",
      number: "arXiv:2404.14239",
      publisher: "arXiv",
    });
  });

  it("leaves out what the paper does not have, and writes a one-word name as a literal", () => {
    const [item] = v.parse(cslData, JSON.parse(papersToCsl([makePaper({ id: "bare", authors: ["Plato"] })])));
    expect(item).toEqual({
      id: "bare",
      type: "article",
      title: "bare",
      author: [{ literal: "Plato" }],
      issued: { "date-parts": [[2024, 4]] },
    });
  });
});
