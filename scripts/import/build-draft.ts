// Turns a parsed digest into a draft dataset, checked against the archive: chapters and institutions
// matched to the archive's, links filed by what their URLs are, and every gap a review item.
import { arxivIdFromLink, monthFromArxivId } from "../../src/lib/dataset/audit-dataset";
import type { Chapter, Paper } from "../../src/lib/dataset/schema";
import type { Archive } from "../archive/load-archive";
import { slugify } from "../lib/slugify";
import { fileLink, mentionsCollaborators, nameFromBody, nameFromHeading } from "./digest-format";
import type { Draft, DraftInstitution, DraftPaper } from "./draft";
import { entryInstitutions, type InstitutionProposals, proposeInstitutions } from "./entry-institutions";
import { indexInstitutionNames, normaliseName } from "./institution-names";
import type { ParsedChapter, ParsedDigest, ParsedEntry } from "./parse-digest";
import type { ReviewItem } from "./review";

export interface DraftOptions {
  digest: string;
  /** Where the text came from, for the draft's description of itself. */
  sourceName: string;
}

type Review = (item: Omit<ReviewItem, "line" | "paper"> & { line?: number | null; paper?: string | null }) => void;

function draftChapters(parsed: ParsedDigest, archive: Archive, review: Review): Map<ParsedChapter, Chapter> {
  const byName = new Map(archive.chapters.map((c) => [normaliseName(c.nameZh), c]));
  const chapters = new Map<ParsedChapter, Chapter>();
  const usedIds = new Set<string>();
  for (const parsedChapter of parsed.chapters) {
    const known = byName.get(normaliseName(parsedChapter.nameZh));
    const number = parsedChapter.number ?? 0;
    let id = known?.id ?? (parsedChapter.number === null ? "unassigned" : `chapter-${number}`);
    if (usedIds.has(id)) id = `${id}-${chapters.size + 1}`;
    usedIds.add(id);
    const path = `chapters[${chapters.size}]`;
    if (!known) {
      review({
        category: "new-chapter",
        paper: null,
        path,
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

function draftLinks(entry: ParsedEntry, at: string, review: Review): Paper["links"] {
  const links: Paper["links"] = { arxiv: null, project: null, code: null, other: [] };
  for (const link of entry.links) {
    const { slot, mislabelled } = fileLink(link.kind, link.url);
    const label = link.label || "(no label)";
    if (mislabelled || link.kind === null) {
      review({
        category: "link-label",
        path: `${at}.links`,
        line: entry.line,
        message: `"${label}" ${link.url} ${link.kind === null ? "is not a known label" : "disagrees with its URL"}; filed as ${slot}`,
      });
    }
    if (slot === "other") links.other.push(link.url);
    else if (links[slot] === null) links[slot] = link.url;
    else {
      links.other.push(link.url);
      review({
        category: "unparsed",
        path: `${at}.links`,
        line: entry.line,
        message: `a second ${slot} link (${link.url}) is filed under other links`,
      });
    }
  }
  return links;
}

function paperId(name: string, arxivId: string | null, position: number, used: Set<string>): string {
  const base = slugify(name) || (arxivId ? `arxiv-${slugify(arxivId)}` : `entry-${position + 1}`);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

export function buildDraft(parsed: ParsedDigest, archive: Archive, options: DraftOptions): Draft {
  const items: ReviewItem[] = [];
  let currentPaper: string | null = null;
  const review: Review = (item) => items.push({ paper: currentPaper, line: null, ...item });
  for (const problem of parsed.problems) {
    review({ category: "structure", path: "(digest)", line: problem.line, message: problem.message });
  }
  const chapters = draftChapters(parsed, archive, review);
  const names = indexInstitutionNames(archive.institutions);
  const proposals: InstitutionProposals = proposeInstitutions();
  const archiveByArxivId = new Map<string, Paper[]>();
  for (const paper of archive.papers) {
    if (paper.arxivId) archiveByArxivId.set(paper.arxivId, [...(archiveByArxivId.get(paper.arxivId) ?? []), paper]);
  }
  const draftByArxivId = new Map<string, string>();
  const usedIds = new Set<string>();
  const papers: DraftPaper[] = [];

  for (const [parsedChapter, chapter] of chapters) {
    for (const entry of parsedChapter.entries) {
      const at = `papers[${papers.length}]`;
      const context = [entry.heading, ...entry.paragraphs].join("\n");
      const name =
        nameFromHeading(entry.heading, (text) => names.idOf(text) !== null) ?? nameFromBody(entry.paragraphs) ?? "";
      const arxivLink = entry.links.map((l) => arxivIdFromLink(l.url)).find((id) => id !== null) ?? null;
      const id = paperId(name, arxivLink, papers.length, usedIds);
      currentPaper = id;
      const links = draftLinks(entry, at, review);
      const arxivId = links.arxiv ? arxivIdFromLink(links.arxiv) : null;
      const institutions = entryInstitutions(entry, names, proposals, `${at}.institutions`, review);

      if (!entry.headingClosed)
        review({
          category: "unparsed",
          path: `${at}.headingZh`,
          line: entry.line,
          message: "the heading has no closing 】",
        });
      if (entry.heading === "")
        review({ category: "unparsed", path: `${at}.headingZh`, line: entry.line, message: "the heading is empty" });
      if (entry.paragraphs.length === 0)
        review({ category: "unparsed", path: at, line: entry.line, message: "the entry has no text" });
      if (entry.links.length === 0)
        review({ category: "unparsed", path: `${at}.links`, line: entry.line, message: "the entry has no links" });
      if (entry.cutOff)
        review({
          category: "unparsed",
          path: `${at}.sourceTruncated`,
          line: entry.line,
          message: "the entry's text stops mid-sentence: the source is cut off here",
        });
      if (name === "")
        review({
          category: "name",
          path: `${at}.name`,
          line: entry.line,
          message: `no system name in "${entry.heading}"`,
        });
      if (arxivId === null) {
        const others = [links.project, links.code, ...links.other].filter(Boolean).join(", ");
        review({
          category: "no-arxiv",
          path: `${at}.arxivId`,
          line: entry.line,
          message: others ? `no arXiv link; links: ${others}` : "no arXiv link and no other link",
        });
      } else {
        for (const earlier of archiveByArxivId.get(arxivId) ?? []) {
          review({
            category: "duplicate",
            path: `${at}.arxivId`,
            line: entry.line,
            message: `arXiv ${arxivId} is "${earlier.id}" in digest ${earlier.digest}`,
          });
        }
        const inThisDigest = draftByArxivId.get(arxivId);
        if (inThisDigest)
          review({
            category: "duplicate",
            path: `${at}.arxivId`,
            line: entry.line,
            message: `arXiv ${arxivId} is also "${inThisDigest}" earlier in this digest`,
          });
        else draftByArxivId.set(arxivId, id);
      }
      review({ category: "empty-summary", path: `${at}.summary`, message: "summary.en and summary.zh are empty" });
      review({ category: "unclassified", path: at, message: "modalities, kind and tasks are empty" });

      papers.push({
        id,
        digest: options.digest,
        arxivId,
        name,
        headingZh: entry.heading,
        title: null,
        chapter: chapter.id,
        institutions,
        hasCollaborators: mentionsCollaborators(context),
        modalities: [],
        tasks: [],
        kind: "",
        links,
        results: [],
        summary: { en: "", zh: "" },
        published: arxivId ? monthFromArxivId(arxivId) : null,
        notes: [],
        sourceTruncated: entry.cutOff,
      });
    }
  }
  currentPaper = null;
  review({
    category: "digest",
    path: "source",
    message: `describe digest ${options.digest}, imported from ${options.sourceName} (source.description, titleZh, titleEn)`,
  });

  const used = new Set(papers.flatMap((p) => p.institutions));
  const institutions: DraftInstitution[] = [
    ...archive.institutions.filter((i) => used.has(i.id)),
    ...proposals.list().filter((i) => used.has(i.id)),
  ];
  return {
    schemaVersion: 1,
    source: {
      description: "",
      digests: [{ id: options.digest, titleZh: "", titleEn: "", language: "zh" }],
    },
    chapters: [...chapters.values()],
    institutions,
    papers,
    review: items,
  };
}
