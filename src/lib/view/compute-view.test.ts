import { describe, expect, it } from "vitest";
import { fixtureInstitutions, makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { buildIndexes } from "../dataset/dataset-indexes";
import type { Dataset } from "../dataset/schema";
import type { FilterParam } from "../filters/filters";
import { buildSegment, searchDocuments } from "../search/index-segment";
import { searchIndex } from "../search/search-index";
import { parseSearch } from "../url/search-codec";
import { computeView } from "./compute-view";
import { decodeView, pickRawView } from "./view";

/** The view of a URL query on a dataset, searched the way the app searches. */
function viewOf(dataset: Dataset, query: string) {
  const indexes = buildIndexes(dataset);
  const { view } = decodeView(pickRawView(parseSearch(query)));
  const segment = buildSegment(searchDocuments(dataset), 0, dataset.papers.length);
  const index = { segments: [segment], indexed: dataset.papers.length, total: dataset.papers.length };
  const result = computeView(dataset, indexes, view, view.q ? searchIndex(index, view.q) : null);
  const count = (param: FilterParam, value: string) => {
    const code = indexes.filters.byParam[param].codeOf.get(value);
    return code === undefined ? undefined : result.counts()[param][code];
  };
  return { ids: Array.from(result.rows, (i) => dataset.papers[i]?.id), count };
}

const dataset = makeDataset();
const ids = (query: string) => viewOf(dataset, query).ids;

describe("computeView", () => {
  it("shows every paper in source order without filters", () => {
    expect(ids("")).toEqual(["multibooth", "lazydiffusion", "speech-codec"]);
  });

  it("combines values of one filter with OR and different filters with AND", () => {
    expect(ids("?inst=tsinghua-university,microsoft")).toEqual(["multibooth", "speech-codec"]);
    expect(ids("?inst=tsinghua-university,microsoft&chapter=audio")).toEqual(["speech-codec"]);
  });

  it("counts each facet's values under the other filters only", () => {
    const { count } = viewOf(dataset, "?chapter=audio");
    // The chapter facet ignores its own selection, so switching chapters shows what you would get.
    expect(count("chapter", "text-to-image")).toBe(2);
    expect(count("chapter", "audio")).toBe(1);
    // Other facets count within the audio chapter.
    expect(count("inst", "microsoft")).toBe(1);
    expect(count("inst", "meta")).toBe(0);
  });

  it("derives institution type and country from the institutions", () => {
    expect(ids("?type=academia")).toEqual(["multibooth"]);
    expect(ids("?country=US")).toEqual(["multibooth", "lazydiffusion", "speech-codec"]);
  });

  it("asks type and country of the same institution", () => {
    const mixed = makeDataset({
      institutions: [
        ...fixtureInstitutions,
        { id: "sjtu", nameEn: "SJTU", nameZh: "上海交通大学", aliases: [], type: "academia", country: "CN" },
        { id: "bytedance", nameEn: "ByteDance", nameZh: "字节跳动", aliases: [], type: "industry", country: "CN" },
      ],
      papers: [
        makePaper({ id: "us-company-cn-university", institutions: ["microsoft", "sjtu"] }),
        makePaper({ id: "cn-company", institutions: ["bytedance", "meta"] }),
        makePaper({ id: "cn-university", institutions: ["sjtu"] }),
      ],
    });
    const { ids: found, count } = viewOf(mixed, "?country=CN&type=industry");
    expect(found).toEqual(["cn-company"]);
    // Under country=CN, the type facet counts papers with a Chinese institution of each type.
    expect(count("type", "industry")).toBe(1);
    expect(count("type", "academia")).toBe(2);
    // The institution facet lists only Chinese companies.
    expect(count("inst", "bytedance")).toBe(1);
    expect(count("inst", "microsoft")).toBe(0);
    expect(count("inst", "sjtu")).toBe(0);
    expect(viewOf(mixed, "?inst=microsoft&country=CN").ids).toEqual([]);
  });

  it("searches Chinese inside unspaced text and English by prefix", () => {
    expect(ids("?q=清华")).toEqual(["multibooth"]);
    expect(ids("?q=文生图")).toEqual(["multibooth", "lazydiffusion"]);
    expect(ids("?q=speec")).toEqual(["speech-codec"]);
    expect(ids("?q=nothing-like-this")).toEqual([]);
  });

  it("applies the search to facet counts too", () => {
    expect(viewOf(dataset, "?q=清华").count("chapter", "audio")).toBe(0);
  });

  it("lists close spellings after the exact hits", () => {
    const typos = makeDataset({
      papers: [makePaper({ id: "close", name: "Diffusion" }), makePaper({ id: "exact", name: "Difusion" })],
    });
    expect(viewOf(typos, "?q=difusion").ids).toEqual(["exact", "close"]);
    expect(viewOf(typos, "?q=difusion&sort=name.asc").ids).toEqual(["close", "exact"]);
  });

  it("sorts by a column in either direction", () => {
    expect(ids("?sort=name.asc")).toEqual(["lazydiffusion", "multibooth", "speech-codec"]);
    expect(ids("?sort=name.desc")).toEqual(["speech-codec", "multibooth", "lazydiffusion"]);
  });

  it("groups by chapter while keeping the sort inside each chapter", () => {
    const grouped = makeDataset({
      papers: [
        makePaper({ id: "a-audio", chapter: "audio" }),
        makePaper({ id: "b-image" }),
        makePaper({ id: "c-audio", chapter: "audio" }),
        makePaper({ id: "d-image" }),
      ],
    });
    expect(viewOf(grouped, "?group=chapter&sort=name.desc").ids).toEqual(["d-image", "b-image", "c-audio", "a-audio"]);
  });

  it("ignores values the dataset lacks instead of matching nothing", () => {
    expect(ids("?inst=nobody")).toEqual(["multibooth", "lazydiffusion", "speech-codec"]);
    expect(ids("?inst=nobody,microsoft")).toEqual(["speech-codec"]);
  });

  it("keeps only papers all the named co-authors worked on, and counts within them", () => {
    const { ids: found, count } = viewOf(dataset, "?coauthors=tsinghua-university,meta");
    expect(found).toEqual(["multibooth"]);
    expect(count("inst", "meta")).toBe(1);
    expect(ids("?coauthors=meta")).toEqual(["multibooth", "lazydiffusion"]);
    expect(ids("?coauthors=nobody")).toHaveLength(3);
  });
});
