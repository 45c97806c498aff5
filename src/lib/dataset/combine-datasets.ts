import { paperDigests } from "./paper-digests";
import type { Dataset, Paper } from "./schema";

function firstById<T extends { id: string }>(items: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}

/**
 * The same paper in two digests (the same arXiv id) is one paper listed in both: each later entry
 * is folded into the first, which keeps its facts and position, gains the later entry's digest in
 * `digests` (oldest first; `digest` is the oldest, the month the paper was new) and its id in
 * `aliases`, so links to that entry still open the paper. Papers without an arXiv id never fold.
 *
 * The search worker runs this on the unvalidated files to index papers by position: the page and
 * the worker must see the same order, so this is the only place that decides it.
 */
export function foldRepeatedPapers(papers: readonly Paper[]): Paper[] {
  const kept: Paper[] = [];
  const keptByArxivId = new Map<string, number>();
  const later = new Map<number, Paper[]>();
  for (const paper of papers) {
    const first = paper.arxivId === null ? undefined : keptByArxivId.get(paper.arxivId);
    if (first === undefined) {
      if (paper.arxivId !== null) keptByArxivId.set(paper.arxivId, kept.length);
      kept.push(paper);
    } else later.set(first, [...(later.get(first) ?? []), paper]);
  }
  if (later.size === 0) return kept;
  return kept.map((paper, position) => {
    const repeats = later.get(position);
    if (!repeats) return paper;
    // A file's papers are folded when it is read, and again with the other files of an archive.
    const listings = [paper, ...repeats];
    const digests = [...new Set(listings.flatMap(paperDigests))].sort();
    const aliases = [...(paper.aliases ?? []), ...repeats.flatMap((repeat) => [repeat.id, ...(repeat.aliases ?? [])])];
    return { ...paper, digest: digests[0] ?? paper.digest, digests, aliases };
  });
}

/**
 * Several dataset files (the digests of an archive, oldest first) as the one dataset the app
 * shows: chapters, institutions and digests once each (by id, the first file's wins), and the
 * papers of every file in order with repeated papers folded. One file is folded the same way.
 */
export function combineDatasets(files: readonly [Dataset, ...Dataset[]]): Dataset {
  const [first] = files;
  return {
    ...first,
    source: { description: first.source.description, digests: firstById(files.flatMap((f) => f.source.digests)) },
    chapters: firstById(files.flatMap((f) => f.chapters)),
    institutions: firstById(files.flatMap((f) => f.institutions)),
    papers: foldRepeatedPapers(files.flatMap((f) => f.papers)),
  };
}
