import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entryArbitrary } from "./library-arbitraries";
import { LIBRARY_FIELDS } from "./library-entry";
import { reconcileEntries } from "./reconcile-entries";

const fieldsOf = (entry: ReturnType<typeof reconcileEntries>) =>
  Object.fromEntries(LIBRARY_FIELDS.map((field) => [field, [entry[field], entry.changed[field]]]));

describe("reconcileEntries", () => {
  it("gives both tabs the same entry, whichever reconciles first", () => {
    fc.assert(
      fc.property(entryArbitrary, entryArbitrary, (a, b) => {
        expect(fieldsOf(reconcileEntries(a, b))).toEqual(fieldsOf(reconcileEntries(b, a)));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps each field from the side that changed it last, so concurrent edits of different fields both survive", () => {
    const base = { paperId: "p", arxivId: null, name: "p", status: null, tags: [], note: "" };
    const starredHere = { ...base, starred: true, changed: { starred: 10, status: 0, tags: 0, note: 0 } };
    const taggedThere = {
      ...base,
      starred: false,
      tags: ["survey"],
      changed: { starred: 0, status: 0, tags: 11, note: 0 },
    };
    expect(reconcileEntries(starredHere, taggedThere)).toMatchObject({ starred: true, tags: ["survey"] });
  });

  it("returns the other side itself when it already holds everything (nothing to write back)", () => {
    fc.assert(
      fc.property(entryArbitrary, (a) => {
        expect(reconcileEntries(a, a)).toBe(a);
      }),
    );
  });
});
