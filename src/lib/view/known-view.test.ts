import { describe, expect, it } from "vitest";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { buildIndexes } from "../dataset/dataset-indexes";
import { parseSearch } from "../url/search-codec";
import { knownView } from "./known-view";
import { decodeView, pickRawView } from "./view";

const index = buildIndexes(makeDataset()).filters;
const viewOf = (query: string) => decodeView(pickRawView(parseSearch(query))).view;

describe("knownView", () => {
  it("drops the filter values the dataset does not have and keeps the rest of the view", () => {
    const view = viewOf("?q=codec&chapter=bogus,audio&inst=tsinghua-university,xx&sort=name.desc");
    const known = knownView(view, index);
    expect(known.filters.chapter).toEqual(["audio"]);
    expect(known.filters.inst).toEqual(["tsinghua-university"]);
    expect(known.q).toBe("codec");
    expect(known.sort).toEqual({ key: "name", desc: true });
  });

  it("empties a filter whose values are all unknown", () => {
    expect(knownView(viewOf("?chapter=bogus"), index).filters.chapter).toEqual([]);
  });

  it("keeps the reader's own values: stars, statuses and tags are not the dataset's", () => {
    const known = knownView(viewOf("?starred=1&status=to-read&tag=later"), index);
    expect(known.filters.starred).toEqual(["1"]);
    expect(known.filters.status).toEqual(["to-read"]);
    expect(known.filters.tag).toEqual(["later"]);
  });

  it("returns the same view when nothing is unknown, and the same pruned view each time", () => {
    const clean = viewOf("?chapter=audio");
    expect(knownView(clean, index)).toBe(clean);
    const dirty = viewOf("?chapter=audio,bogus");
    expect(knownView(dirty, index)).toBe(knownView(dirty, index));
  });

  it("leaves the view alone while no dataset is open", () => {
    const view = viewOf("?chapter=bogus");
    expect(knownView(view, null)).toBe(view);
  });
});
