// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { inlineSearchBackend } from "../../../tests/fixtures/inline-search-backend";
import { loadedFixture } from "../../../tests/fixtures/loaded-fixture";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { setSearchBackend } from "../../lib/search/search-store";
import { chooseDatasetFile, DatasetLoadFailure, loadDatasetForUrl } from "./open-dataset";

const open = loadedFixture(makeDataset(), "/test-data/fixture.json");
const datasetFile = (name: string, ids: string[]) =>
  new File([JSON.stringify(makeDataset({ papers: ids.map((id) => makePaper({ id })) }))], name);

/** What the root route does when a file is chosen: its loader runs again. */
function load(file: File, signal = new AbortController().signal) {
  chooseDatasetFile(file);
  return loadDatasetForUrl("/test-data/fixture.json", signal);
}

beforeEach(() => {
  setSearchBackend(inlineSearchBackend);
  useDatasetStore.setState({ loaded: open, loading: null, rejected: null });
});

describe("opening a file from disk in the root loader", () => {
  it("names the file while it loads, then makes it the open dataset", async () => {
    const file = datasetFile("mine.json", ["a", "b"]);
    const done = load(file);
    expect(useDatasetStore.getState().loading?.source).toBe("mine.json");
    await done;
    const { loaded, loading, rejected } = useDatasetStore.getState();
    expect(loaded?.source).toBe("mine.json");
    expect(loaded?.fromDisk).toBe(true);
    expect(loaded?.dataset.papers.map((paper) => paper.id)).toEqual(["a", "b"]);
    expect(loading).toBeNull();
    expect(rejected).toBeNull();
  });

  it("stops at Cancel, says so and keeps the open dataset", async () => {
    const done = load(datasetFile("mine.json", ["a"]));
    useDatasetStore.getState().loading?.cancel();
    await done;
    expect(useDatasetStore.getState()).toMatchObject({
      loaded: open,
      loading: null,
      rejected: { kind: "cancelled", source: "mine.json" },
    });
  });

  it("gives way to a second file chosen meanwhile, without a word about the first", async () => {
    const first = new AbortController();
    const firstDone = load(datasetFile("first.json", ["a"]), first.signal);
    // The router aborts the load it replaces.
    const secondDone = load(datasetFile("second.json", ["b"]));
    first.abort();
    await firstDone;
    expect(useDatasetStore.getState()).toMatchObject({
      loaded: open,
      loading: { source: "second.json" },
      rejected: null,
    });
    await secondDone;
    expect(useDatasetStore.getState()).toMatchObject({ loading: null, rejected: null });
    expect(useDatasetStore.getState().loaded?.source).toBe("second.json");
  });

  it("refuses what is no dataset, and ends the load", async () => {
    await load(new File(['{"digests": []}'], "catalog.json"));
    expect(useDatasetStore.getState()).toMatchObject({
      loaded: open,
      loading: null,
      rejected: { kind: "catalog-from-disk", source: "catalog.json" },
    });
    await load(new File(["{"], "broken.json"));
    expect(useDatasetStore.getState().rejected).toMatchObject({ kind: "json", source: "broken.json" });
  });

  it("goes on in a tab in the background, which paints no frames", async () => {
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, "visibilityState");
    const frame = window.requestAnimationFrame;
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    window.requestAnimationFrame = () => 0;
    try {
      await load(datasetFile("mine.json", ["a"]));
    } finally {
      window.requestAnimationFrame = frame;
      if (visibility) Object.defineProperty(document, "visibilityState", visibility);
    }
    expect(useDatasetStore.getState().loaded?.source).toBe("mine.json");
  });

  it("fails the route when no dataset is open to fall back on, saying the file came from disk", async () => {
    useDatasetStore.setState({ loaded: null });
    await expect(load(new File(["[]"], "list.json"))).rejects.toMatchObject({
      failure: { source: "list.json" },
      fromDisk: true,
    });
    expect(useDatasetStore.getState().loading).toBeNull();
  });

  it("fails an address that cannot be read as no file from disk (trying again may help)", async () => {
    useDatasetStore.setState({ loaded: null });
    const failure = loadDatasetForUrl("https://elsewhere.example/papers.json", new AbortController().signal);
    await expect(failure).rejects.toThrow(DatasetLoadFailure);
    await expect(failure).rejects.toMatchObject({ failure: { kind: "origin" }, fromDisk: false });
  });
});
