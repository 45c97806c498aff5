import type { Dataset, Paper } from "./schema";

/**
 * The digests that list a paper, oldest first. `paper.digest` is the first of them: the month the
 * paper was new. Every reader of "which months" goes through here, so that a paper listed in two
 * digests of an archive counts in both. Loading fills `digests` where an archive lists a paper twice
 * (combine-datasets.ts).
 */
export function paperDigests(paper: Paper): readonly string[] {
  return paper.digests ?? [paper.digest];
}

/** The newest digest of an archive, whose new papers are marked; null for a single digest (every paper would be new). */
export function latestDigest(dataset: Dataset): string | null {
  const ids = dataset.source.digests.map((digest) => digest.id).sort();
  return ids.length >= 2 ? (ids.at(-1) ?? null) : null;
}

/** Whether the paper was first listed in `latest` (see `latestDigest`). */
export function isNewIn(paper: Paper, latest: string | null): boolean {
  return latest !== null && paperDigests(paper)[0] === latest;
}
