/// <reference lib="webworker" />
// Builds the search index off the main thread, in segments: the page searches the first papers
// while the rest are indexed, and each segment's arrays move to the page without a copy.
import { combineDatasets } from "../dataset/combine-datasets";
import type { Dataset } from "../dataset/schema";
import { buildSegment, searchDocuments, toMessage } from "./index-segment";
import type { SearchRequest, SearchResponse } from "./search-protocol";

declare const self: DedicatedWorkerGlobalScope;

/** Small first, so search answers soon after the table shows; then larger, for fewer segments. */
const FIRST_SEGMENT = 2_000;
const SEGMENT = 20_000;

let latest = 0;
const reply = (message: SearchResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function build(generation: number, files: readonly Blob[], from: number): Promise<void> {
  // The page validates the same files; this only reads the text it searches, combined as the page
  // combines them, so that both number the papers the same way.
  const parsed = await Promise.all(files.map(async (file) => JSON.parse(await file.text()) as Dataset));
  const [first, ...rest] = parsed;
  if (!first) throw new Error("no dataset file to index");
  const dataset = combineDatasets([first, ...rest]);
  const document = searchDocuments(dataset);
  const total = dataset.papers.length;
  for (let start = from, size = from === 0 ? FIRST_SEGMENT : SEGMENT; start < total; start += size, size = SEGMENT) {
    // A newer dataset arrived: stop working on this one.
    if (generation !== latest) return;
    const segment = buildSegment(document, start, Math.min(size, total - start));
    reply({ type: "segment", generation, segment: toMessage(segment), total }, [
      segment.offsets.buffer,
      segment.postings.buffer,
    ]);
    await nextTask();
  }
  if (total === 0) reply({ type: "segment", generation, segment: toMessage(buildSegment(document, 0, 0)), total });
  reply({ type: "done", generation });
}

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const { generation, files, from = 0 } = event.data;
  latest = generation;
  build(generation, files, from).catch((error: unknown) =>
    reply({ type: "failed", generation, message: error instanceof Error ? error.message : String(error) }),
  );
};
