import { describe, expect, it } from "vitest";
import { archiveFile, synthDigests } from "../../../scripts/synth/synth-archive";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { combineDatasets } from "../dataset/combine-datasets";
import { buildIndexes } from "../dataset/dataset-indexes";
import { parseSearch } from "../url/search-codec";
import { decodeView, pickRawView } from "../view/view";
import { countNewSince, newestDigest } from "./new-since";

const digests = synthDigests(3, 40, 5);
// Folded as loading folds it: a paper listed again is one paper.
const archive = combineDatasets([archiveFile(digests, 5)]);
const indexes = buildIndexes(archive);
const viewOf = (search: string) => decodeView(pickRawView(parseSearch(search))).view;

describe("new since", () => {
  it("takes the newest digest of a dataset", () => {
    expect(newestDigest(archive)).toBe("2024-03");
    expect(newestDigest(makeDataset())).toBe("2024-04");
  });

  it("dates a paper listed again by the digest that first listed it", () => {
    const first = makePaper({ id: "a", arxivId: "2401.00001", digest: "2024-01" });
    const again = makePaper({ id: "a-2024-02", arxivId: "2401.00001", digest: "2024-02" });
    const fresh = makePaper({ id: "b", arxivId: null, digest: "2024-02" });
    const dataset = combineDatasets([makeDataset({ papers: [first, again, fresh] })]);
    const all = buildIndexes(dataset);
    expect(countNewSince(dataset, all, all.filters, viewOf(""), null, "2024-01")).toBe(1);
  });

  it("counts the view's papers first listed after the seen digest", () => {
    const chapter = archive.papers[0]?.chapter ?? "";
    const earlier = new Set(digests.slice(0, 2).flatMap((digest) => digest.papers.map((paper) => paper.arxivId)));
    const expected = (digests[2]?.papers ?? []).filter(
      (paper) => paper.chapter === chapter && !earlier.has(paper.arxivId),
    ).length;
    const view = viewOf(`?chapter=${chapter}`);
    expect(expected).toBeGreaterThan(0);
    expect(countNewSince(archive, indexes, indexes.filters, view, null, "2024-02")).toBe(expected);
    expect(countNewSince(archive, indexes, indexes.filters, view, null, "2024-03")).toBe(0);
  });
});
