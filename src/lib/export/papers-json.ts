import type { Dataset, Paper } from "../dataset/schema";
import { type EntryOf, libraryData } from "./library-fields";

/**
 * The papers as a dataset file of the app's own schema: the source and the chapters and
 * institutions they reference, so the file passes the dataset validator and opens in the app again.
 */
export function papersToDataset(papers: readonly Paper[], dataset: Dataset): Dataset {
  const chapterIds = new Set(papers.map((paper) => paper.chapter));
  const institutionIds = new Set(papers.flatMap((paper) => paper.institutions));
  const digestIds = new Set(papers.map((paper) => paper.digest));
  const chapters = dataset.chapters.filter((chapter) => chapterIds.has(chapter.id));
  const digests = dataset.source.digests.filter((digest) => digestIds.has(digest.id));
  return {
    schemaVersion: dataset.schemaVersion,
    // The schema wants at least one chapter and one digest, even for an export of no papers.
    source: { ...dataset.source, digests: digests.length > 0 ? digests : dataset.source.digests },
    chapters: chapters.length > 0 ? chapters : dataset.chapters,
    institutions: dataset.institutions.filter((institution) => institutionIds.has(institution.id)),
    papers: [...papers],
  };
}

/**
 * With `library`, each paper also carries `library` (star, status, tags, note): a key the dataset
 * schema does not know, so the file still opens in the app (which ignores it).
 */
export function papersToJson(papers: readonly Paper[], dataset: Dataset, library?: EntryOf): string {
  const file = papersToDataset(papers, dataset);
  const withLibrary = library
    ? { ...file, papers: file.papers.map((paper) => ({ ...paper, library: libraryData(library(paper)) })) }
    : file;
  return `${JSON.stringify(withLibrary, null, 2)}\n`;
}
