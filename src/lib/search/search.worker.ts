/// <reference lib="webworker" />
// Builds the search index off the main thread (seconds for 100,000 papers) and answers queries.
import type { Dataset } from "../dataset/schema";
import { buildPaperSearchIndex, type PaperSearchIndex, toSearchDocuments } from "./paper-search-index";
import type { SearchRequest, SearchResponse } from "./search-protocol";

declare const self: DedicatedWorkerGlobalScope;

let current: { generation: number; index: PaperSearchIndex } | null = null;

const reply = (message: SearchResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === "build") {
    try {
      // The text is a dataset the main thread has already validated.
      const dataset = JSON.parse(request.text) as Dataset;
      current = { generation: request.generation, index: buildPaperSearchIndex(toSearchDocuments(dataset)) };
      reply({ type: "ready", generation: request.generation });
    } catch (error) {
      reply({ type: "failed", generation: request.generation, message: (error as Error).message });
    }
    return;
  }
  if (current?.generation !== request.generation) return;
  const matches = Uint32Array.from(current.index.search(request.query));
  reply({ type: "result", generation: request.generation, id: request.id, matches }, [matches.buffer]);
};
