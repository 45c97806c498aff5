/** What the search index found for a text. */
export interface SearchAnswer {
  /** Positions of the matching papers, best first: exact hits, then close spellings. */
  matches: Uint32Array;
  /** How many of `matches` are exact hits (the rest matched a word only by a close spelling). */
  exact: number;
}
