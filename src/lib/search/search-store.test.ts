import { afterEach, describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import type { SearchRequest } from "./search-protocol";
import { answerQuery, buildSearchIndex, setSearchBackend, useSearchStore } from "./search-store";

/** A worker that only records what the page asks of it. */
function recordingBackend(requests: SearchRequest[]) {
  setSearchBackend(() => ({ post: (request) => requests.push(request), terminate: () => {} }));
}

afterEach(() => setSearchBackend(() => ({ post: () => {}, terminate: () => {} })));

describe("buildSearchIndex", () => {
  const papers = Array.from({ length: 1500 }, (_, i) => makePaper({ id: `paper-${i}`, name: `Model${i}` }));
  const dataset = makeDataset({ papers });
  const file = new Blob([JSON.stringify(dataset)]);

  it("indexes the first papers on the page when it holds the dataset, and leaves the rest to the worker", () => {
    const requests: SearchRequest[] = [];
    recordingBackend(requests);
    buildSearchIndex([file], dataset);

    const { index, status } = useSearchStore.getState();
    expect(status).toBe("building");
    expect(index && { indexed: index.indexed, total: index.total }).toEqual({ indexed: 1000, total: 1500 });
    if (!index) throw new Error("no index");
    // Found among the papers the page indexed; the others wait for the worker.
    const exactHits = (query: string) => {
      const { matches, exact } = answerQuery(index, query);
      return [...matches.slice(0, exact)];
    };
    expect(exactHits("model999")).toEqual([999]);
    expect(exactHits("model1200")).toEqual([]);
    expect(requests).toEqual([expect.objectContaining({ type: "build", files: [file], from: 1000 })]);
  });

  it("leaves every paper to the worker when the page has not read the file yet", () => {
    const requests: SearchRequest[] = [];
    recordingBackend(requests);
    buildSearchIndex([file]);
    expect(useSearchStore.getState().index).toBeNull();
    expect(requests).toEqual([expect.objectContaining({ type: "build", files: [file], from: 0 })]);
  });
});
