import { create } from "zustand";
import type { Dataset } from "../dataset/schema";
import { buildSegment, fromMessage, searchDocuments } from "./index-segment";
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

/**
 * The papers the page indexes itself when it has the dataset before the worker can read it (a file
 * read as it arrived): search then answers for them, saying so, while the worker does the rest.
 */
const PAGE_SEGMENT = 1_000;

/**
 * Starts indexing a dataset file (replacing any index being built). Given the dataset it holds
 * (`dataset`, read from `files`), the page indexes its first papers at once; the worker, which must
 * read the file again (2.5 s for 124 MB), indexes the rest.
 */
export function buildSearchIndex(files: readonly Blob[], dataset?: Dataset): void {
  generation++;
  backend ??= createBackend(onResponse, onCrash);
  performance.mark("search-build:start");
  const total = dataset?.papers.length ?? 0;
  const first = dataset && total > 0 ? buildSegment(searchDocuments(dataset), 0, Math.min(PAGE_SEGMENT, total)) : null;
  const index = first && { segments: [first], indexed: first.count, total };
  useSearchStore.setState({ files, status: "building", index, error: null });
  backend.post({ type: "build", generation, files, from: first?.count ?? 0 });
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
