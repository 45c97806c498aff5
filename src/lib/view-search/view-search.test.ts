import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSearch, stringifySearch } from "../url/search-codec";
import { decodeViewSearch, MAX_QUERY_LENGTH, type ViewSearch } from "./view-search";

const decode = (query: string) => decodeViewSearch(parseSearch(query));

describe("decodeViewSearch", () => {
  it("reads a readable URL into typed lists", () => {
    expect(
      decode("?q=speech&chapter=audio,video&inst=microsoft,bytedance&modality=speech&kind=method&sort=published.desc"),
    ).toEqual({
      search: {
        q: "speech",
        chapter: ["audio", "video"],
        inst: ["microsoft", "bytedance"],
        modality: ["speech"],
        kind: ["method"],
        sort: "published.desc",
      },
      problems: [],
    });
  });

  it("keeps the valid part and names each bad value", () => {
    const { search, problems } = decode("?chapter=audio,<script>&modality=smell&sort=title.up&group=yes&country=cn");
    expect(search).toEqual({ chapter: ["audio"] });
    expect(problems).toEqual([
      { param: "chapter", value: "<script>", reason: "invalid" },
      { param: "modality", value: "smell", reason: "invalid" },
      { param: "country", value: "cn", reason: "invalid" },
      { param: "sort", value: "title.up", reason: "invalid" },
      { param: "group", value: "yes", reason: "invalid" },
    ]);
  });

  it("merges repeated list keys and uses the first of a repeated single value", () => {
    const { search, problems } = decode("?chapter=audio&chapter=video,audio&q=one&q=two");
    expect(search).toEqual({ chapter: ["audio", "video"], q: "one" });
    expect(problems).toEqual([{ param: "q", value: "two", reason: "repeated" }]);
  });

  it("shortens a very long query and says so", () => {
    const { search, problems } = decode(`?q=${"a".repeat(10_000)}`);
    expect(search.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(problems).toEqual([{ param: "q", value: "a".repeat(10_000), reason: "too-long" }]);
  });

  it("round-trips any valid view through the URL", () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
    const view = fc.record(
      {
        q: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() === s && s.length > 0),
        chapter: fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }),
        inst: fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }),
        modality: fc.uniqueArray(fc.constantFrom("text", "image", "speech", "3d" as const), { minLength: 1 }),
        sort: fc.constantFrom("name.asc", "published.desc" as const),
        group: fc.constant("chapter" as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(view, (search) => {
        const decoded = decode(stringifySearch(search as Record<string, unknown>));
        expect(decoded.problems).toEqual([]);
        expect(decoded.search).toEqual(search as ViewSearch);
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
        decodeViewSearch(raw);
      }),
      { numRuns: 1000 },
    );
  });
});
