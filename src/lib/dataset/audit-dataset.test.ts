import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { auditDataset, authorCoverage } from "./audit-dataset";

const source = { url: "https://arxiv.org/abs/2404.14239", kind: "arxiv" } as const;
const auditPapers = (...papers: ReturnType<typeof makePaper>[]) =>
  auditDataset(makeDataset({ papers, institutions: makeDataset().institutions.slice(0, 1) }));

describe("auditDataset: authors", () => {
  it("accepts a sourced author list and a paper with neither authors nor source", () => {
    expect(
      auditPapers(
        makePaper({ id: "a", authors: ["Ada Lovelace", "Wei Zhang"], authorsSource: source }),
        makePaper({ id: "b" }),
      ),
    ).toEqual([]);
  });

  it("rejects blank names", () => {
    expect(auditPapers(makePaper({ id: "a", authors: ["Ada Lovelace", "  "], authorsSource: source }))).toEqual([
      { path: "papers[0].authors[1]", message: "is empty" },
    ]);
  });

  it("rejects a name listed twice, whatever its case or spacing", () => {
    expect(
      auditPapers(makePaper({ id: "a", authors: ["Wei Zhang", "Kai Li", "wei  zhang"], authorsSource: source })),
    ).toEqual([{ path: "papers[0].authors[2]", message: '"wei  zhang" is listed twice' }]);
  });

  it("allows the same name on different papers", () => {
    expect(
      auditPapers(
        makePaper({ id: "a", authors: ["Wei Zhang"], authorsSource: source }),
        makePaper({ id: "b", authors: ["Wei Zhang"], authorsSource: source }),
      ),
    ).toEqual([]);
  });

  it("requires a source for every author list, and authors for every source", () => {
    expect(
      auditPapers(makePaper({ id: "a", authors: ["Ada Lovelace"] }), makePaper({ id: "b", authorsSource: source })),
    ).toEqual([
      { path: "papers[0].authorsSource", message: "authors are listed without a source" },
      { path: "papers[1].authorsSource", message: "names a source but no authors" },
    ]);
  });

  it("requires an arXiv source to be the paper's own arXiv page", () => {
    const paper = (url: string, kind: "arxiv" | "ar5iv" | "listing") =>
      makePaper({
        id: `p-${kind}`,
        arxivId: "2404.14239",
        published: "2024-04",
        authors: ["Ada Lovelace"],
        authorsSource: { url, kind },
      });
    expect(
      auditPapers(
        paper("https://arxiv.org/html/2404.14239v3", "arxiv"),
        paper("https://example.org/papers/other", "listing"),
      ),
    ).toEqual([]);
    expect(auditPapers(paper("https://ar5iv.labs.arxiv.org/html/2404.12382", "ar5iv"))).toEqual([
      { path: "papers[0].authorsSource.url", message: "is not the arXiv page of 2404.14239" },
    ]);
  });
});

describe("authorCoverage", () => {
  it("counts papers with authors and lists the others in order", () => {
    const dataset = makeDataset({
      papers: [
        makePaper({ id: "a" }),
        makePaper({ id: "b", authors: ["Ada Lovelace"], authorsSource: source }),
        makePaper({ id: "c" }),
      ],
    });
    expect(authorCoverage(dataset)).toEqual({ withAuthors: 1, total: 3, missing: ["a", "c"] });
  });
});
