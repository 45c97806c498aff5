import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSearch, stringifySearch } from "./search-codec";

describe("search codec", () => {
  it("writes lists comma-joined and reads them back as one string", () => {
    const str = stringifySearch({ q: "speech", chapter: ["audio", "video"], sort: "published.desc" });
    expect(str).toBe("?q=speech&chapter=audio,video&sort=published.desc");
    expect(parseSearch(str)).toEqual({ q: "speech", chapter: "audio,video", sort: "published.desc" });
  });

  it("drops empty values so default views have short URLs", () => {
    expect(stringifySearch({ q: "", chapter: [], group: undefined })).toBe("");
  });

  it("keeps repeated keys instead of silently dropping one", () => {
    expect(parseSearch("?chapter=audio&chapter=video")).toEqual({ chapter: ["audio", "video"] });
  });

  it("does not throw on malformed percent-encoding", () => {
    const raw = parseSearch("?q=%E0%A4%A&inst=%%");
    expect(raw.inst).toBe("%%");
    expect(raw.q).toMatch(/%A$/);
  });

  it("round-trips any string value, Chinese and reserved characters included", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string({ minLength: 1 })), (search) => {
        expect(parseSearch(stringifySearch(search))).toEqual(search);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string(), (str) => {
        parseSearch(str);
      }),
      { numRuns: 2000 },
    );
  });
});
