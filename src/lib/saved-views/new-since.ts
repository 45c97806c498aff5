import type { DatasetIndexes } from "../dataset/dataset-indexes";
import type { Dataset } from "../dataset/schema";
import type { FilterIndex } from "../filters/filter-index";
import type { SearchAnswer } from "../search/search-answer";
import { computeView } from "../view/compute-view";
import type { View } from "../view/view";

/** The newest digest a dataset holds: what a reader has seen a view with once they open it on that dataset. */
export function newestDigest(dataset: Dataset): string {
  return (
    dataset.source.digests
      .map((digest) => digest.id)
      .sort()
      .at(-1) ?? ""
  );
}

/**
 * How many papers of a view were first listed in a digest newer than `seen`. `index` is the
 * filter index with the reader's library merged in and `answer` the search's answer for the
 * view's text (null without text), as the table computes the view.
 */
export function countNewSince(
  dataset: Dataset,
  indexes: DatasetIndexes,
  index: FilterIndex,
  view: View,
  answer: SearchAnswer | null,
  seen: string,
): number {
  const { rows } = computeView(dataset, { ...indexes, filters: index }, view, answer);
  let count = 0;
  // A loaded dataset has its repeated papers folded: `digest` is the month that first listed one.
  for (const row of rows) if ((dataset.papers[row]?.digest ?? "") > seen) count++;
  return count;
}
