import type { DatasetIndexes } from "../dataset/dataset-indexes";
import { paperDigests } from "../dataset/paper-digests";
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

const firstListings = new WeakMap<Dataset, readonly string[]>();

/**
 * For each paper (by position), the digest that first listed it: its first digest, or an earlier
 * one that lists a paper with the same arXiv id (the same paper; a file may still hold it twice).
 */
export function firstListed(dataset: Dataset): readonly string[] {
  let listed = firstListings.get(dataset);
  if (!listed) {
    const own = dataset.papers.map((paper) => paperDigests(paper)[0] ?? paper.digest);
    const earliest = new Map<string, string>();
    dataset.papers.forEach(({ arxivId }, i) => {
      const known = arxivId === null ? undefined : earliest.get(arxivId);
      if (arxivId !== null && (known === undefined || (own[i] as string) < known))
        earliest.set(arxivId, own[i] as string);
    });
    listed = dataset.papers.map(
      ({ arxivId }, i) => (arxivId === null ? undefined : earliest.get(arxivId)) ?? (own[i] as string),
    );
    firstListings.set(dataset, listed);
  }
  return listed;
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
  const listed = firstListed(dataset);
  const { rows } = computeView(dataset, { ...indexes, filters: index }, view, answer);
  let count = 0;
  for (const row of rows) if ((listed[row] as string) > seen) count++;
  return count;
}
