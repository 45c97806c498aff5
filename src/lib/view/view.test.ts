import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSearch, stringifySearch } from "../url/search-codec";
import { changeView, decodeView, encodeView, MAX_QUERY_LENGTH, pickRawView, viewOf, withoutFilters } from "./view";

const decode = (query: string) => decodeView(pickRawView(parseSearch(query)));

describe("decodeView", () => {
  it("reads a readable URL into the view", () => {
    const { view, problems } = decode(
      "?q=speech&chapter=audio,video&inst=microsoft,bytedance&modality=speech&kind=method&sort=published.desc",
    );
    expect(problems).toEqual([]);
    expect(view.q).toBe("speech");
    expect(view.filters.chapter).toEqual(["audio", "video"]);
    expect(view.filters.inst).toEqual(["microsoft", "bytedance"]);
    expect(view.filters.modality).toEqual(["speech"]);
    expect(view.filters.kind).toEqual(["method"]);
    expect(view.filters.type).toEqual([]);
    expect(view.sort).toEqual({ key: "published", desc: true });
    expect(view.group).toBeNull();
  });

  it("keeps the valid part and names each bad value", () => {
    const { view, problems } = decode("?chapter=audio,<script>&modality=smell&sort=title.up&group=yes&country=cn");
    expect(view.filters.chapter).toEqual(["audio"]);
    expect(view.filters.modality).toEqual([]);
    expect(view.sort).toBeNull();
    expect(view.group).toBeNull();
    expect(problems).toEqual([
      { param: "chapter", value: "<script>", reason: "invalid" },
      { param: "modality", value: "smell", reason: "invalid" },
      { param: "country", value: "cn", reason: "invalid" },
      { param: "sort", value: "title.up", reason: "invalid" },
      { param: "group", value: "yes", reason: "invalid" },
    ]);
  });

  it("merges repeated list keys and uses the first of a repeated single value", () => {
    const { view, problems } = decode("?chapter=audio&chapter=video,audio&q=one&q=two");
    expect(view.filters.chapter).toEqual(["audio", "video"]);
    expect(view.q).toBe("one");
    expect(problems).toEqual([{ param: "q", value: "two", reason: "repeated" }]);
  });

  it("shortens a very long query and says so", () => {
    const { view, problems } = decode(`?q=${"a".repeat(10_000)}`);
    expect(view.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(problems).toEqual([{ param: "q", value: "a".repeat(10_000), reason: "too-long" }]);
  });

  it("round-trips any valid view through the URL", () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
    const raw = fc.record(
      {
        q: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() === s && s.length > 0),
        chapter: fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }),
        inst: fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }),
        modality: fc.uniqueArray(fc.constantFrom("text", "image", "speech", "3d"), { minLength: 1 }),
        sort: fc.constantFrom("name.asc", "published.desc"),
        group: fc.constant("chapter"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(raw, (search) => {
        const first = decode(stringifySearch(search));
        expect(first.problems).toEqual([]);
        const again = decode(stringifySearch(encodeView(first.view)));
        expect(again.view).toEqual(first.view);
        expect(stringifySearch(encodeView(again.view))).toBe(stringifySearch(encodeView(first.view)));
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on arbitrary query strings or values", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        decode(query);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (raw) => {
        decodeView(pickRawView(raw));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("viewOf", () => {
  it("decodes a search object once and keeps unchanged parts identical across URLs", () => {
    const first = pickRawView(parseSearch("?chapter=audio&inst=meta&q=a"));
    expect(viewOf(first)).toBe(viewOf(first));
    const second = viewOf(pickRawView(parseSearch("?chapter=audio&inst=meta&q=ab"))).view;
    expect(second.filters).toBe(viewOf(first).view.filters);
    const third = viewOf(pickRawView(parseSearch("?chapter=audio,video&inst=meta&q=ab"))).view;
    expect(third.filters.inst).toBe(second.filters.inst);
    expect(third.filters.chapter).not.toBe(second.filters.chapter);
  });
});

describe("changeView", () => {
  it("writes the view in canonical order, keeps other params, and clears filters but not the rest", () => {
    const prev = { ids: "a,b", sort: "name.desc", q: "x", inst: "meta", dataset: "/d.json", group: "chapter" };
    expect(stringifySearch(changeView(withoutFilters)(prev))).toBe(
      "?sort=name.desc&group=chapter&dataset=%2Fd.json&ids=a,b",
    );
  });
});
