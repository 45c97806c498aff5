import { create } from "zustand";
import type { Dataset } from "../dataset/schema";
import { buildPaperSearchIndex, type PaperSearchIndex, toSearchDocuments } from "./paper-search-index";
import type { SearchRequest, SearchResponse } from "./search-protocol";

export type SearchStatus = "idle" | "building" | "ready" | "failed";
const MAX_CACHED_QUERIES = 100;

interface SearchState {
  status: SearchStatus;
  /** Increments with each dataset; results of older ones are dropped. */
  generation: number;
  /** Query → positions of the matching papers, best first. */
  results: Map<string, Uint32Array>;
  build: (text: string) => void;
  request: (query: string) => void;
}

interface Backend {
  post: (request: SearchRequest) => void;
}

const inFlight = new Set<string>();
let backend: Backend | null = null;

/**
 * The worker when the platform has one; otherwise (unit tests run in a DOM emulation without
 * module workers) the same index on the main thread, answering through the same messages.
 */
function createBackend(onResponse: (response: SearchResponse) => void): Backend {
  if (typeof Worker !== "undefined" && import.meta.env.MODE !== "test") {
    const worker = new Worker(new URL("./search.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<SearchResponse>) => onResponse(event.data);
    return { post: (request) => worker.postMessage(request) };
  }
  let index: PaperSearchIndex | null = null;
  return {
    post: (request) => {
      if (request.type === "build") {
        index = buildPaperSearchIndex(toSearchDocuments(JSON.parse(request.text) as Dataset));
        onResponse({ type: "ready", generation: request.generation });
      } else if (index) {
        const matches = Uint32Array.from(index.search(request.query));
        onResponse({ type: "result", generation: request.generation, id: request.id, matches });
      }
    },
  };
}

let nextId = 0;
const queryById = new Map<number, string>();

export const useSearchStore = create<SearchState>()((set, get) => {
  const onResponse = (response: SearchResponse) => {
    if (response.generation !== get().generation) return;
    if (response.type === "ready") {
      performance.measure("search:build", "search-build:start");
      set({ status: "ready" });
    } else if (response.type === "failed") set({ status: "failed" });
    else {
      const query = queryById.get(response.id);
      queryById.delete(response.id);
      if (query === undefined) return;
      inFlight.delete(query);
      const results = new Map(get().results);
      results.set(query, response.matches);
      if (results.size > MAX_CACHED_QUERIES) results.delete(results.keys().next().value as string);
      set({ results });
    }
  };
  return {
    status: "idle",
    generation: 0,
    results: new Map(),
    build: (text) => {
      backend ??= createBackend(onResponse);
      const generation = get().generation + 1;
      inFlight.clear();
      queryById.clear();
      set({ status: "building", generation, results: new Map() });
      performance.mark("search-build:start");
      backend.post({ type: "build", generation, text });
    },
    request: (query) => {
      const { generation, results } = get();
      if (!backend || results.has(query) || inFlight.has(query)) return;
      inFlight.add(query);
      const id = nextId++;
      queryById.set(id, query);
      // Sent at once: the worker answers in order, after the build it may still be running.
      backend.post({ type: "search", generation, id, query });
    },
  };
});
