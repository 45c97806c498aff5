import type { SegmentMessage } from "./index-segment";

/** Messages between the page and the search worker. */
export type SearchRequest = { type: "build"; generation: number; file: Blob };

export type SearchResponse =
  | { type: "segment"; generation: number; segment: SegmentMessage; total: number }
  | { type: "done"; generation: number }
  | { type: "failed"; generation: number; message: string };
