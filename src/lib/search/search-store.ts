import { create } from "zustand";
import { fromMessage } from "./index-segment";
import type { SearchAnswer } from "./search-answer";
import { type SearchIndex, searchIndex } from "./search-index";
import type { SearchRequest, SearchResponse } from "./search-protocol";

export type SearchStatus = "idle" | "building" | "ready" | "failed";

interface SearchState {
  /** The files the index is built from; the index belongs to the dataset read from the same files. */
  files: readonly Blob[] | null;
  status: SearchStatus;
  /** The index as far as it is built: it answers for the papers indexed so far. */
  index: SearchIndex | null;
  /** Why building failed (the worker crashed or could not read the file). */
  error: string | null;
}

export const useSearchStore = create<SearchState>()(() => ({ files: null, status: "idle", index: null, error: null }));

/** Where the index is built: a worker in the app, something simpler in unit tests. */
export interface SearchBackend {
  post: (request: SearchRequest) => void;
  terminate: () => void;
}
export type SearchBackendFactory = (
  onResponse: (response: SearchResponse) => void,
  onCrash: (message: string) => void,
) => SearchBackend;

const workerBackend: SearchBackendFactory = (onResponse, onCrash) => {
  const worker = new Worker(new URL("./search.worker.ts", import.meta.url), { type: "module" });
  worker.addEventListener("message", (event: MessageEvent<SearchResponse>) => onResponse(event.data));
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    onCrash(event.message || "the search worker stopped");
  });
  worker.addEventListener("messageerror", () => onCrash("the search worker sent a message the page could not read"));
  return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
};

let createBackend = workerBackend;
let backend: SearchBackend | null = null;
let generation = 0;

/** Replaces the worker (unit tests, where there are no module workers). */
export function setSearchBackend(factory: SearchBackendFactory): void {
  backend?.terminate();
  backend = null;
  createBackend = factory;
}

function onResponse(response: SearchResponse): void {
  if (response.generation !== generation) return;
  const state = useSearchStore.getState();
  if (response.type === "segment") {
    const segment = fromMessage(response.segment);
    const segments = [...(state.index?.segments ?? []), segment];
    if (!state.index) performance.measure("search:first", "search-build:start");
    useSearchStore.setState({
      index: { segments, indexed: segment.start + segment.count, total: response.total },
    });
  } else if (response.type === "done") {
    performance.measure("search:build", "search-build:start");
    useSearchStore.setState({ status: "ready" });
  } else useSearchStore.setState({ status: "failed", error: response.message });
}

function onCrash(message: string): void {
  backend?.terminate();
  backend = null;
  useSearchStore.setState({ status: "failed", error: message });
}

/** Starts the worker before there is anything to index, so its code is loaded when the dataset arrives. */
export function warmSearchWorker(): void {
  backend ??= createBackend(onResponse, onCrash);
}

/** Starts indexing a dataset file (replacing any index being built). */
export function buildSearchIndex(files: readonly Blob[]): void {
  generation++;
  backend ??= createBackend(onResponse, onCrash);
  performance.mark("search-build:start");
  useSearchStore.setState({ files, status: "building", index: null, error: null });
  backend.post({ type: "build", generation, files });
}

/** After a failure: builds the index again from the same file, in a new worker. */
export function retrySearchIndex(): void {
  const { files } = useSearchStore.getState();
  if (files) buildSearchIndex(files);
}

const MAX_CACHED = 50;
const answers = new WeakMap<SearchIndex, Map<string, SearchAnswer>>();

/** The answer for a query, remembered per index (an index grows by replacement, so answers never go stale). */
export function answerQuery(index: SearchIndex, query: string): SearchAnswer {
  let cached = answers.get(index);
  if (!cached) {
    cached = new Map();
    answers.set(index, cached);
  }
  let answer = cached.get(query);
  if (!answer) {
    answer = searchIndex(index, query);
    if (cached.size >= MAX_CACHED) cached.delete(cached.keys().next().value as string);
    cached.set(query, answer);
  }
  return answer;
}
