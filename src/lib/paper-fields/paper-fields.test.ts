import { describe, expect, it } from "vitest";
import { fixtureInstitutions, fixturePapers, makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { labelsFor } from "../labels/labels";
import * as fieldNames from "./field-names";
import {
  type FieldContext,
  fieldText,
  fieldValues,
  isTagField,
  PAPER_FIELDS,
  subtitle,
  valueLabel,
} from "./paper-fields";

const dataset = makeDataset();
const institutionById = new Map(fixtureInstitutions.map((institution) => [institution.id, institution]));
const context = (language: "en" | "zh"): FieldContext => ({ labels: labelsFor(dataset, language), institutionById });
const [multibooth, lazydiffusion] = fixturePapers as [(typeof fixturePapers)[0], (typeof fixturePapers)[0]];

describe("paper fields", () => {
  it("reads a field's values as the data holds them and names them in the reader's language", () => {
    expect(fieldValues("institutions", multibooth, context("en"))).toEqual(["tsinghua-university", "meta"]);
    expect(fieldText("institutions", multibooth, context("en"))).toBe("Tsinghua University, Meta");
    expect(fieldText("institutions", multibooth, context("zh"))).toBe("清华大学, Meta");
    expect(valueLabel("chapter", "text-to-image", context("zh").labels)).toBe("文生图");
    expect(valueLabel("published", "2024-04", context("en").labels)).toBe("2024-04");
  });

  it("derives countries and sectors from the paper's institutions, once each", () => {
    const paper = makePaper({ id: "both", institutions: ["meta", "microsoft", "tsinghua-university"] });
    expect(fieldValues("countries", paper, context("en"))).toEqual(["US", "CN"]);
    expect(fieldValues("types", paper, context("en"))).toEqual(["industry", "academia"]);
    expect(fieldText("types", paper, context("zh"))).toBe("产业界, 学术界");
  });

  it("writes results on one line each, joined by semicolons, and the summary in the reader's language", () => {
    const paper = makePaper({
      id: "numbers",
      results: [
        { metric: "speedup", value: "10x", context: "mask covers 10% of the image" },
        { metric: "FID", value: "7.2", context: null },
      ],
    });
    expect(fieldText("results", paper, context("en"))).toBe("speedup: 10x (mask covers 10% of the image); FID: 7.2");
    expect(fieldText("summary", lazydiffusion, context("zh"))).toBe(lazydiffusion.summary.zh);
    expect(fieldText("title", makePaper({ id: "untitled" }), context("en"))).toBe("");
  });

  it("lists the authors in order and the digest by its title", () => {
    expect(fieldText("authors", multibooth, context("en"))).toBe("Chenyang Zhu, Kai Li, Yue Ma, Chunming He, Xiu Li");
    expect(fieldText("digest", multibooth, context("en"))).toBe("Test digest");
    expect(fieldText("digest", multibooth, context("zh"))).toBe("测试月报");
  });

  it("marks only short classification values as worth comparing one by one", () => {
    expect(isTagField("chapter")).toBe(true);
    expect(isTagField("summary")).toBe(false);
    expect(isTagField("authors")).toBe(false);
  });

  it("has a name for every field in both languages", () => {
    for (const id of Object.keys(PAPER_FIELDS) as (keyof typeof PAPER_FIELDS)[]) {
      expect(labelsFor(dataset, "en").field(id)).toBe(fieldNames.en[id]);
      expect(fieldNames.zh[id]).toMatch(/\S/);
    }
    expect(Object.keys(fieldNames.zh).sort()).toEqual(Object.keys(PAPER_FIELDS).sort());
  });

  it("puts the English title under the name, or the Chinese heading for a Chinese reader", () => {
    const titled = makePaper({ id: "t", title: "A Title", headingZh: "标题" });
    expect(subtitle(titled, context("en").labels)).toBe("A Title");
    expect(subtitle(titled, context("zh").labels)).toBe("标题");
    expect(subtitle(makePaper({ id: "u", headingZh: "只有中文" }), context("en").labels)).toBe("只有中文");
  });
});
