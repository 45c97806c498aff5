import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { shorten, validateDataset } from "./validate-dataset";

const problemsOf = (json: unknown) => {
  const result = validateDataset(json);
  return result.ok ? [] : result.problems;
};

describe("validateDataset", () => {
  it("accepts a valid dataset", () => {
    expect(validateDataset(makeDataset()).ok).toBe(true);
  });

  it("names wrong shapes by their JSON path", () => {
    const dataset = makeDataset() as unknown as { papers: Record<string, unknown>[] };
    const broken = {
      ...dataset,
      papers: [{ ...dataset.papers[0], modalities: ["smell"], links: { arxiv: "javascript:alert(1)" } }],
    };
    const paths = problemsOf(broken).map((p) => p.path);
    expect(paths).toContain("papers[0].modalities[0]");
    expect(paths).toContain("papers[0].links.arxiv");
    expect(problemsOf({ papers: "none" }).map((p) => p.path)).toContain("schemaVersion");
    expect(problemsOf(null)[0]?.path).toBe("(root)");
  });

  it("reports duplicate ids and dangling references", () => {
    const dataset = makeDataset({
      papers: [
        makePaper({ id: "twin" }),
        makePaper({ id: "twin", chapter: "no-such-chapter", institutions: ["nowhere"], digest: "2030-01" }),
      ],
    });
    expect(problemsOf(dataset)).toEqual([
      { path: "papers[1].id", message: 'duplicate id "twin"' },
      { path: "papers[1].chapter", message: 'unknown chapter "no-such-chapter"' },
      { path: "papers[1].digest", message: 'digest "2030-01" is not listed in source.digests' },
      { path: "papers[1].institutions[0]", message: 'unknown institution "nowhere"' },
    ]);
  });

  it("rejects oversized text fields", () => {
    const dataset = makeDataset({ papers: [makePaper({ id: "long", name: "x".repeat(100_000) })] });
    expect(problemsOf(dataset).map((p) => p.path)).toEqual(["papers[0].name"]);
  });

  it("loads files written before authors were recorded, with an empty list and no source", () => {
    const { authors: _authors, authorsSource: _source, ...older } = makePaper({ id: "older" });
    const result = validateDataset(makeDataset({ papers: [older as ReturnType<typeof makePaper>] }));
    expect(result.ok && result.dataset.papers[0]).toMatchObject({ authors: [], authorsSource: null });
  });

  it("keeps author names as plain text and their source as an http(s) link of a known kind", () => {
    const source = { url: "https://arxiv.org/abs/2404.14239", kind: "arxiv", note: "v1 author list" } as const;
    const result = validateDataset(
      makeDataset({ papers: [makePaper({ id: "a", authors: [" Kai\u202E Li "], authorsSource: source })] }),
    );
    expect(result.ok && result.dataset.papers[0]).toMatchObject({ authors: ["Kai Li"], authorsSource: source });

    const bad = makeDataset({
      papers: [
        makePaper({ id: "a", authors: [""] }),
        makePaper({ id: "b", authors: Array.from({ length: 101 }, (_, i) => `Author ${i}`) }),
        makePaper({
          id: "c",
          authors: ["Ada Lovelace"],
          authorsSource: { url: "javascript:alert(1)", kind: "arxiv" },
        }),
        makePaper({
          id: "d",
          authors: ["Ada Lovelace"],
          authorsSource: { url: "https://example.org", kind: "rumour" } as unknown as typeof source,
        }),
      ],
    });
    expect(problemsOf(bad).map((p) => p.path)).toEqual([
      "papers[0].authors[0]",
      "papers[1].authors",
      "papers[2].authorsSource.url",
      "papers[3].authorsSource.kind",
    ]);
  });

  it("never throws on arbitrary JSON, and lists at most 50 problems", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = validateDataset(json);
        if (!result.ok) expect(result.problems.length).toBeLessThanOrEqual(50);
      }),
      { numRuns: 2000 },
    );
    // Datasets that are almost right: real structure with random values swapped in.
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom("papers", "chapters", "institutions", "source"), (value, key) => {
        validateDataset({ ...makeDataset(), [key]: value });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("problems never carry the input whole", () => {
  const huge = "A".repeat(5_000_000);

  it("shortens the value a message quotes, keeping its closing quote", () => {
    const [problem, ...others] = problemsOf(huge);
    expect(others).toEqual([]);
    expect(problem?.path).toBe("(root)");
    expect(problem?.message).toMatch(/^Invalid type: Expected Object but received "A+…"$/);
    expect(problem?.message.length).toBeLessThanOrEqual(240);
  });

  it("shortens a huge value deep in an otherwise valid dataset", () => {
    const problems = problemsOf({ ...makeDataset(), papers: huge, source: { description: huge } });
    expect(problems.map((p) => p.path).sort()).toEqual(["papers", "source.description", "source.digests"]);
    for (const problem of problems) expect(problem.message.length).toBeLessThanOrEqual(240);
  });

  it("keeps every message and path short, whatever the JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ minLength: 300 }), (value, text) => {
        for (const json of [value, text, { ...makeDataset(), papers: [text] }, { [text]: 1, papers: value }]) {
          for (const problem of problemsOf(json)) {
            expect(problem.message.length).toBeLessThanOrEqual(240);
            expect(problem.path.length).toBeLessThanOrEqual(160);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("quotes a value's `$` signs as they are", () => {
    expect(problemsOf("$&$1")[0]?.message).toBe('Invalid type: Expected Object but received "$&$1"');
  });
});

describe("shorten", () => {
  it("leaves short text alone and marks a cut with an ellipsis", () => {
    expect(shorten("abc", 3)).toBe("abc");
    expect(shorten("abcdef", 4)).toBe("abc…");
  });

  it("never cuts a character outside the basic plane in half", () => {
    expect(shorten("😀".repeat(10), 6)).toBe("😀😀…");
  });
});

describe("a draft from data:import", () => {
  it("is refused while it still lists items to review", () => {
    const result = validateDataset({ ...makeDataset(), review: [{ path: "papers[0].summary" }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe("review");
  });
});
