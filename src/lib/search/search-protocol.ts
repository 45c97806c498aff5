import type { SegmentMessage } from "./index-segment";

/** Messages between the page and the search worker. */
/**
 * The dataset's files: one, or an archive's digest files oldest first (combined as the page
 * combines them); `from`: the first paper to index, when the page indexed those before it.
 */
export type SearchRequest = { type: "build"; generation: number; files: readonly Blob[]; from?: number };

export type SearchResponse =
  | { type: "segment"; generation: number; segment: SegmentMessage; total: number }
  | { type: "done"; generation: number }
  | { type: "failed"; generation: number; message: string };
