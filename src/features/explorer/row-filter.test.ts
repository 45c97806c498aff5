import { describe, expect, it } from "vitest";
import { EMPTY_VIEW, withFilter } from "../../lib/view/view";
import { withRowFilter } from "./row-filter";

const view = withFilter(withFilter(EMPTY_VIEW, "inst", ["microsoft", "meta"]), "chapter", ["audio"]);

describe("withRowFilter", () => {
  it("replaces the filter's values on a plain click and keeps the other filters", () => {
    const next = withRowFilter(view, { param: "inst", value: "tsinghua-university" }, false);
    expect(next.filters.inst).toEqual(["tsinghua-university"]);
    expect(next.filters.chapter).toEqual(["audio"]);
  });

  it("adds the value with a modifier, once", () => {
    const next = withRowFilter(view, { param: "inst", value: "tsinghua-university" }, true);
    expect(next.filters.inst).toEqual(["microsoft", "meta", "tsinghua-university"]);
    expect(withRowFilter(next, { param: "inst", value: "meta" }, true)).toBe(next);
  });

  it("starts a filter that had no values", () => {
    expect(withRowFilter(view, { param: "modality", value: "speech" }, true).filters.modality).toEqual(["speech"]);
    expect(withRowFilter(view, { param: "modality", value: "speech" }, false).filters.modality).toEqual(["speech"]);
  });
});
