import { describe, expect, it } from "vitest";
import { fixturePapers, makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { buildIndexes } from "../../lib/dataset/dataset-indexes";
import { parseSearch } from "../../lib/url/search-codec";
import { decodeComparison, pickRawComparison } from "../../lib/view/comparison-search";
import { resolveComparison } from "./resolve-comparison";

// multibooth (2404.14239), lazydiffusion, speech-codec, then p3…p6.
const dataset = makeDataset({
  papers: [...fixturePapers, ...[3, 4, 5, 6].map((n) => makePaper({ id: `p${n}` }))],
});
const indexes = buildIndexes(dataset);
const resolve = (query: string) => resolveComparison(decodeComparison(pickRawComparison(parseSearch(query))), indexes);

describe("resolveComparison", () => {
  it("keeps two to four known papers in URL order with no problems", () => {
    expect(resolve("?ids=speech-codec,multibooth,lazydiffusion")).toEqual({
      asked: true,
      requested: [2, 0, 1],
      shown: [2, 0, 1],
      problems: [],
    });
  });

  it("treats a URL without ids as an empty comparison, not an error", () => {
    expect(resolve("")).toEqual({ asked: false, requested: [], shown: [], problems: [] });
    expect(resolve("?ids=")).toMatchObject({ asked: false, problems: [] });
  });

  it("accepts arXiv ids and counts a paper named both ways as repeated", () => {
    const result = resolve("?ids=2404.14239,lazydiffusion,multibooth");
    expect(result.shown).toEqual([0, 1]);
    expect(result.problems).toEqual([{ kind: "repeated", values: ["multibooth"] }]);
  });

  it("names unknown ids and keeps the rest", () => {
    const result = resolve("?ids=multibooth,nope,lazydiffusion,also-nope");
    expect(result.shown).toEqual([0, 1]);
    expect(result.problems).toEqual([{ kind: "unknown", values: ["nope", "also-nope"] }]);
  });

  it("names malformed and duplicated ids", () => {
    const result = resolve("?ids=multibooth,Bad%20Id!,multibooth,lazydiffusion");
    expect(result.shown).toEqual([0, 1]);
    expect(result.problems).toEqual([
      { kind: "invalid", values: ["Bad Id!"] },
      { kind: "repeated", values: ["multibooth"] },
    ]);
  });

  it("shows the first four of more and names the ones left out", () => {
    const result = resolve("?ids=p3,p4,p5,p6,multibooth,lazydiffusion");
    expect(result.shown).toEqual([3, 4, 5, 6]);
    expect(result.requested).toEqual([3, 4, 5, 6, 0, 1]);
    expect(result.problems).toEqual([{ kind: "tooMany", papers: [0, 1] }]);
  });

  it("says when fewer than two papers are left, keeping the one there is", () => {
    expect(resolve("?ids=multibooth").problems).toEqual([{ kind: "tooFew", papers: [0] }]);
    expect(resolve("?ids=multibooth,nope")).toMatchObject({
      shown: [0],
      problems: [
        { kind: "unknown", values: ["nope"] },
        { kind: "tooFew", papers: [0] },
      ],
    });
    expect(resolve("?ids=NOPE").problems).toEqual([
      { kind: "invalid", values: ["NOPE"] },
      { kind: "tooFew", papers: [] },
    ]);
  });

  it("reads repeated ids parameters as one list", () => {
    expect(resolve("?ids=multibooth&ids=lazydiffusion").shown).toEqual([0, 1]);
  });
});
