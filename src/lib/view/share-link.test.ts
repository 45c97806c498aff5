import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSearch } from "../url/search-codec";
import { decodeComparison, pickRawComparison } from "./comparison-search";
import { papersView, type SharedPage, shareLink, sharePath } from "./share-link";
import { decodeView, pickRawView, type View } from "./view";

const viewOf = (query: string): View => decodeView(pickRawView(parseSearch(query))).view;
// A URL as the root route leaves it on any page: the table's view, then the page's own params.
const MIXED = "?ids=a,b&hide=same&sort=name.desc&group=chapter&inst=meta&q=speech&chapter=audio&dataset=%2Fd.json";

describe("sharePath", () => {
  it("writes the table's view in canonical order and nothing else", () => {
    expect(sharePath({ page: "explorer", view: viewOf(MIXED) })).toBe(
      "/?q=speech&chapter=audio&inst=meta&sort=name.desc&group=chapter&dataset=%2Fd.json",
    );
    expect(sharePath({ page: "explorer", view: viewOf("") })).toBe("/");
  });

  it("keeps the table's view beside an open paper", () => {
    expect(sharePath({ page: "paper", paperId: "multibooth", view: viewOf("?chapter=audio&ids=x") })).toBe(
      "/papers/multibooth?chapter=audio",
    );
  });

  it("gives the overview the filters and dataset but not the table's order or grouping", () => {
    expect(sharePath({ page: "stats", view: viewOf(MIXED) })).toBe(
      "/stats?q=speech&chapter=audio&inst=meta&dataset=%2Fd.json",
    );
  });

  it("gives the comparison its papers, hide and dataset, not the table's search", () => {
    expect(sharePath({ page: "compare", ids: ["a", "b"], hideSame: true, dataset: "/d.json" })).toBe(
      "/compare?ids=a,b&hide=same&dataset=%2Fd.json",
    );
    expect(sharePath({ page: "compare", ids: ["a", "b"], hideSame: false, dataset: null })).toBe("/compare?ids=a,b");
  });

  it("links to exactly some papers with the papers filter", () => {
    expect(sharePath({ page: "explorer", view: papersView(["moa", "multibooth"], null) })).toBe(
      "/?papers=moa,multibooth",
    );
  });
});

describe("shareLink", () => {
  it("is absolute on the given origin", () => {
    expect(shareLink({ page: "stats", view: viewOf("?kind=method") }, "http://127.0.0.1:4173")).toBe(
      "http://127.0.0.1:4173/stats?kind=method",
    );
  });
});

describe("a shared link reopens the same view", () => {
  const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8})?$/);
  const views = fc.record({
    q: fc.string({ maxLength: 30 }),
    chapter: fc.uniqueArray(slug, { maxLength: 3 }),
    papers: fc.uniqueArray(slug, { maxLength: 3 }),
    kind: fc.subarray(["method", "model", "survey"]),
    sort: fc.constantFrom("", "name.asc", "published.desc"),
    group: fc.boolean(),
  });

  it("for every page, whatever the view", () => {
    fc.assert(
      fc.property(views, ({ q, chapter, papers, kind, sort, group }) => {
        const params = new URLSearchParams();
        if (q) params.set("q", q);
        if (chapter.length > 0) params.set("chapter", chapter.join(","));
        if (papers.length > 0) params.set("papers", papers.join(","));
        if (kind.length > 0) params.set("kind", kind.join(","));
        if (sort) params.set("sort", sort);
        if (group) params.set("group", "chapter");
        const view = viewOf(`?${params}`);
        for (const shared of [
          { page: "explorer", view },
          { page: "paper", paperId: "p", view },
        ] satisfies SharedPage[]) {
          const url = new URL(shareLink(shared, "http://x"));
          expect(decodeView(pickRawView(parseSearch(url.search))).view).toEqual(view);
        }
      }),
    );
  });

  it("for a comparison", () => {
    const url = new URL(shareLink({ page: "compare", ids: ["a", "b.c"], hideSame: true, dataset: null }, "http://x"));
    expect(decodeComparison(pickRawComparison(parseSearch(url.search)))).toEqual({
      ids: ["a", "b.c"],
      hideSame: true,
      problems: [],
    });
  });
});
