// Turns a parsed digest into a draft dataset, checked against the archive: chapters and institutions
// matched to the archive's, links filed by what their URLs are, and every gap a review item.
import type { Chapter, Paper } from "../../src/lib/dataset/schema";
import type { Archive } from "../archive/load-archive";
import type { Draft, DraftInstitution, DraftPaper } from "./draft";
import { type DraftContext, draftPaper } from "./draft-paper";
import { proposeInstitutions } from "./entry-institutions";
import { indexInstitutionNames, normaliseName } from "./institution-names";
import type { ParsedChapter, ParsedDigest } from "./parse-digest";
import type { ReviewItem } from "./review";

export interface DraftOptions {
  digest: string;
  /** Where the text came from, named in the review item about the digest's record. */
  sourceName: string;
}

/** The draft's chapters: the archive's where the Chinese name matches, placeholders otherwise. */
function draftChapters(parsed: ParsedDigest, archive: Archive, report: (item: ReviewItem) => void) {
  const byName = new Map(archive.chapters.map((c) => [normaliseName(c.nameZh), c]));
  const chapters = new Map<ParsedChapter, Chapter>();
  const usedIds = new Set<string>();
  for (const parsedChapter of parsed.chapters) {
    const known = byName.get(normaliseName(parsedChapter.nameZh));
    const number = parsedChapter.number ?? 0;
    let id = known?.id ?? (parsedChapter.number === null ? "unassigned" : `chapter-${number}`);
    if (usedIds.has(id)) id = `${id}-${chapters.size + 1}`;
    usedIds.add(id);
    if (!known) {
      report({
        category: "new-chapter",
        paper: null,
        path: `chapters[${chapters.size}]`,
        line: parsedChapter.line,
        message:
          parsedChapter.number === null
            ? `"${id}" holds the entries before the first chapter heading: move them to a chapter`
            : `chapter ${number} "${parsedChapter.nameZh}" is not in the archive (draft id "${id}")`,
      });
    }
    chapters.set(parsedChapter, { id, number, nameZh: parsedChapter.nameZh, nameEn: known?.nameEn ?? "" });
  }
  return chapters;
}

export function buildDraft(parsed: ParsedDigest, archive: Archive, options: DraftOptions): Draft {
  const review: ReviewItem[] = parsed.problems.map((problem) => ({
    category: "structure",
    paper: null,
    path: "(digest)",
    message: problem.message,
    line: problem.line,
  }));
  const report = (item: ReviewItem) => review.push(item);
  const chapters = draftChapters(parsed, archive, report);
  const archiveByArxivId = new Map<string, Paper[]>();
  for (const paper of archive.papers) {
    if (!paper.arxivId) continue;
    const same = archiveByArxivId.get(paper.arxivId) ?? [];
    same.push(paper);
    archiveByArxivId.set(paper.arxivId, same);
  }
  const context: DraftContext = {
    digest: options.digest,
    names: indexInstitutionNames(archive.institutions),
    proposals: proposeInstitutions(),
    archiveByArxivId,
    draftByArxivId: new Map(),
    usedIds: new Set(),
  };
  const papers: DraftPaper[] = [];
  for (const [parsedChapter, chapter] of chapters) {
    for (const entry of parsedChapter.entries)
      papers.push(draftPaper(entry, chapter.id, papers.length, context, report));
  }
  report({
    category: "digest",
    paper: null,
    path: "source",
    message: `describe digest ${options.digest}, imported from ${options.sourceName} (source.description, titleZh, titleEn)`,
    line: null,
  });

  const used = new Set(papers.flatMap((p) => p.institutions));
  const institutions: DraftInstitution[] = [
    ...archive.institutions.filter((i) => used.has(i.id)),
    ...context.proposals.list().filter((i) => used.has(i.id)),
  ];
  return {
    schemaVersion: 1,
    source: { description: "", digests: [{ id: options.digest, titleZh: "", titleEn: "", language: "zh" }] },
    chapters: [...chapters.values()],
    institutions,
    papers,
    review,
  };
}
