import type { LoadedDataset } from "../../lib/dataset/dataset-store";

export interface PaperMatches {
  /** Positions of the best matches in `dataset.papers`, best first. */
  shown: number[];
  /** How many more papers match than are shown. */
  more: number;
}

/**
 * Papers for a palette query through the app's search index: names, titles, Chinese headings
 * (character bigrams, so 文生图 or 清华 match inside unspaced Chinese), institutions and their aliases.
 */
export function findPapers(
  { searchIndex }: Pick<LoadedDataset, "searchIndex">,
  query: string,
  limit: number,
): PaperMatches {
  if (query.trim() === "") return { shown: [], more: 0 };
  const matches = [...searchIndex.search(query)];
  return { shown: matches.slice(0, limit), more: Math.max(0, matches.length - limit) };
}

/** Case-insensitive substring match of a query against any of the texts. */
export function matchesText(query: string, ...texts: string[]): boolean {
  const needle = query.trim().toLocaleLowerCase();
  return needle === "" || texts.some((text) => text.toLocaleLowerCase().includes(needle));
}
