// One digest entry as a draft paper, with the review items it needs.
import { arxivIdFromLink, monthFromArxivId } from "../../src/lib/dataset/audit-dataset";
import type { Paper } from "../../src/lib/dataset/schema";
import { slugify } from "../lib/slugify";
import { fileLink, mentionsCollaborators, nameFromBody, nameFromHeading } from "./digest-format";
import type { DraftPaper } from "./draft";
import { entryInstitutions, type InstitutionProposals } from "./entry-institutions";
import type { InstitutionNames } from "./institution-names";
import type { ParsedEntry } from "./parse-digest";
import type { ReviewCategory, ReviewItem } from "./review";

/** A review item about the current paper: `field` is a key of the paper, or null for the paper itself. */
export type PaperReview = (category: ReviewCategory, field: string | null, message: string) => void;

/** What the drafting of one paper reads and adds to, shared across a digest's entries. */
export interface DraftContext {
  digest: string;
  names: InstitutionNames;
  proposals: InstitutionProposals;
  archiveByArxivId: ReadonlyMap<string, readonly Paper[]>;
  /** arXiv id → draft paper id, for ids seen twice in one digest. */
  draftByArxivId: Map<string, string>;
  usedIds: Set<string>;
}

// An entry's shape problems, declared once: each is reported for the field it leaves incomplete.
const ENTRY_CHECKS: readonly { field: string | null; message: string; fails: (entry: ParsedEntry) => boolean }[] = [
  { field: "headingZh", message: "the heading has no closing 】", fails: (e) => !e.headingClosed },
  { field: "headingZh", message: "the heading is empty", fails: (e) => e.heading === "" },
  { field: null, message: "the entry has no text", fails: (e) => e.paragraphs.length === 0 },
  { field: "links", message: "the entry has no links", fails: (e) => e.links.length === 0 },
  {
    field: "sourceTruncated",
    message: "the entry's text stops mid-sentence: the source is cut off here",
    fails: (e) => e.cutOff,
  },
];

function draftLinks(entry: ParsedEntry, review: PaperReview): Paper["links"] {
  const links: Paper["links"] = { arxiv: null, project: null, code: null, other: [] };
  for (const link of entry.links) {
    const { slot, mislabelled } = fileLink(link.kind, link.url);
    if (mislabelled || link.kind === null) {
      const label = link.label || "(no label)";
      const problem = link.kind === null ? "is not a known label" : "disagrees with its URL";
      review("link-label", "links", `"${label}" ${link.url} ${problem}; filed as ${slot}`);
    }
    if (slot === "other") links.other.push(link.url);
    else if (links[slot] === null) links[slot] = link.url;
    else {
      links.other.push(link.url);
      review("unparsed", "links", `a second ${slot} link (${link.url}) is filed under other links`);
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

function reviewArxivId(
  arxivId: string | null,
  links: Paper["links"],
  id: string,
  context: DraftContext,
  review: PaperReview,
) {
  if (arxivId === null) {
    const others = [links.project, links.code, ...links.other].filter(Boolean).join(", ");
    review("no-arxiv", "arxivId", others ? `no arXiv link; links: ${others}` : "no arXiv link and no other link");
    return;
  }
  for (const earlier of context.archiveByArxivId.get(arxivId) ?? []) {
    review("duplicate", "arxivId", `arXiv ${arxivId} is "${earlier.id}" in digest ${earlier.digest}`);
  }
  const inThisDigest = context.draftByArxivId.get(arxivId);
  if (inThisDigest) review("duplicate", "arxivId", `arXiv ${arxivId} is also "${inThisDigest}" earlier in this digest`);
  else context.draftByArxivId.set(arxivId, id);
}

export function draftPaper(
  entry: ParsedEntry,
  chapter: string,
  position: number,
  context: DraftContext,
  report: (item: ReviewItem) => void,
): DraftPaper {
  const { names } = context;
  const name =
    nameFromHeading(entry.heading, (text) => names.idOf(text) !== null) ?? nameFromBody(entry.paragraphs) ?? "";
  const firstArxivId = entry.links.map((l) => arxivIdFromLink(l.url)).find((id) => id !== null) ?? null;
  const id = paperId(name, firstArxivId, position, context.usedIds);
  const at = `papers[${position}]`;
  const review: PaperReview = (category, field, message) =>
    report({ category, paper: id, path: field ? `${at}.${field}` : at, message, line: entry.line });

  for (const check of ENTRY_CHECKS) if (check.fails(entry)) review("unparsed", check.field, check.message);
  if (name === "") review("name", "name", `no system name in "${entry.heading}"`);
  const links = draftLinks(entry, review);
  const arxivId = links.arxiv ? arxivIdFromLink(links.arxiv) : null;
  reviewArxivId(arxivId, links, id, context, review);
  const institutions = entryInstitutions(entry, names, context.proposals, (category, message) =>
    review(category, "institutions", message),
  );
  review("empty-summary", "summary", "summary.en and summary.zh are empty");
  review("unclassified", null, "modalities, kind and tasks are empty");

  return {
    id,
    digest: context.digest,
    arxivId,
    name,
    headingZh: entry.heading,
    title: null,
    chapter,
    institutions,
    hasCollaborators: mentionsCollaborators([entry.heading, ...entry.paragraphs].join("\n")),
    modalities: [],
    tasks: [],
    kind: "",
    links,
    results: [],
    summary: { en: "", zh: "" },
    published: arxivId ? monthFromArxivId(arxivId) : null,
    notes: [],
    sourceTruncated: entry.cutOff,
    // The digest names no authors: they come from a public record of the paper, added in review.
    authors: [],
    authorsSource: null,
  };
}
