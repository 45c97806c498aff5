import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { DatasetOnArrival } from "./dataset-on-arrival";
import { validateDataset } from "./validate-dataset";

function arrive(text: string, pieceSize: number) {
  const arrival = new DatasetOnArrival();
  for (let at = 0; at < text.length; at += pieceSize) arrival.push(text.slice(at, at + pieceSize));
  return arrival.end();
}

// Text the schema cleans (spaces, a direction override) and optional fields left out.
const base = makeDataset();
const [firstPaper, ...otherPapers] = base.papers;
if (!firstPaper) throw new Error("the fixture has papers");
const { authors: _authors, authorsSource: _source, sourceTruncated: _truncated, ...bare } = firstPaper;
const file = {
  ...base,
  papers: [{ ...bare, name: "  Padded\u202E name  " }, ...otherPapers],
};

describe("DatasetOnArrival", () => {
  const text = JSON.stringify(file);
  const whole = validateDataset(JSON.parse(text));

  it("gives the dataset that validating the whole file gives, however the file arrives", () => {
    if (!whole.ok) throw new Error("the file is valid");
    expect(whole.dataset.papers[0]?.name).toBe("Padded name");
    for (const size of [1, 5, 64, 1000, text.length]) expect(arrive(text, size)).toEqual(whole.dataset);
  });

  it("gives nothing for a file that must be read whole to say what is wrong", () => {
    const invalid = [
      { ...file, papers: [...file.papers, { id: "Not A Slug" }] }, // a paper fails the schema
      { ...file, papers: [...file.papers, makePaper({ id: "x", chapter: "nowhere" })] }, // a reference
      { ...file, chapters: [] }, // the rest fails the schema
      { ...file, review: ["check the names"] }, // a draft
    ];
    for (const dataset of invalid) {
      expect(validateDataset(dataset).ok).toBe(false);
      expect(arrive(JSON.stringify(dataset), 100)).toBeNull();
    }
    expect(arrive(`${text.slice(0, 500)}"oops"${text.slice(500)}`, 100)).toBeNull();
    expect(arrive(JSON.stringify({ digests: [] }), 100)).toBeNull();
  });
});
