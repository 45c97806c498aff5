import type { Paper } from "./schema";

/**
 * The digests that list a paper, oldest first. `paper.digest` is the first of them: the month the
 * paper was new. Every reader of "which months" goes through here, so that a paper listed in two
 * digests of an archive counts in both. Loading fills `digests` where an archive lists a paper twice
 * (combine-datasets.ts).
 */
export function paperDigests(paper: Paper): readonly string[] {
  return paper.digests ?? [paper.digest];
}
