/** Messages between the app and the search worker. */
export type SearchRequest =
  | { type: "build"; generation: number; text: string }
  | { type: "search"; generation: number; id: number; query: string };

export type SearchResponse =
  | { type: "ready"; generation: number }
  | { type: "failed"; generation: number; message: string }
  | { type: "result"; generation: number; id: number; matches: Uint32Array };
