export interface PaperMatches {
  /** Positions of the best matches in `dataset.papers`, best first. */
  shown: number[];
  /** How many more papers match than are shown. */
  more: number;
}

/**
 * The best `limit` of the search index's matches for a palette query (names, titles, Chinese
 * headings, institutions and their aliases); none while there is no query or no answer yet.
 */
export function findPapers(matches: ArrayLike<number> | null | undefined, limit: number): PaperMatches {
  if (!matches) return { shown: [], more: 0 };
  return { shown: Array.from(matches).slice(0, limit), more: Math.max(0, matches.length - limit) };
}

/** Case-insensitive substring match of a query against any of the texts. */
export function matchesText(query: string, ...texts: string[]): boolean {
  const needle = query.trim().toLocaleLowerCase();
  return needle === "" || texts.some((text) => text.toLocaleLowerCase().includes(needle));
}
