import type { Dataset, Paper } from "./schema";
import type { DatasetProblem } from "./validate-dataset";

/** `2404.14239` → `2024-04`. arXiv ids encode the submission month as YYMM. */
export function monthFromArxivId(arxivId: string): string {
  return `20${arxivId.slice(0, 2)}-${arxivId.slice(2, 4)}`;
}

const ARXIV_LINK = /^https?:\/\/arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?$/;

export function arxivIdFromLink(link: string): string | null {
  return ARXIV_LINK.exec(link)?.[1] ?? null;
}

const ARXIV_KINDS: ReadonlySet<string> = new Set(["arxiv", "ar5iv"]);

// Two spellings that differ only in case or spacing name the same person twice.
const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/** An author list must name each person once and say where it was confirmed. */
function authorProblems(paper: Paper, at: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const seen = new Set<string>();
  paper.authors.forEach((name, i) => {
    const key = nameKey(name);
    if (key === "") problems.push({ path: `${at}.authors[${i}]`, message: "is empty" });
    else if (seen.has(key)) problems.push({ path: `${at}.authors[${i}]`, message: `"${name}" is listed twice` });
    seen.add(key);
  });
  if (paper.authors.length > 0 && paper.authorsSource === null) {
    problems.push({ path: `${at}.authorsSource`, message: "authors are listed without a source" });
  }
  if (paper.authors.length === 0 && paper.authorsSource !== null) {
    problems.push({ path: `${at}.authorsSource`, message: "names a source but no authors" });
  }
  // An arXiv page confirms the authors of one paper only: it must be this paper's page.
  const source = paper.authorsSource;
  if (source && ARXIV_KINDS.has(source.kind) && paper.arxivId && !source.url.includes(paper.arxivId)) {
    problems.push({ path: `${at}.authorsSource.url`, message: `is not the arXiv page of ${paper.arxivId}` });
  }
  return problems;
}

export interface AuthorCoverage {
  withAuthors: number;
  total: number;
  /** Ids of the papers whose author list is empty, in dataset order. */
  missing: string[];
}

export function authorCoverage(dataset: Dataset): AuthorCoverage {
  const missing = dataset.papers.filter((p) => p.authors.length === 0).map((p) => p.id);
  return { withAuthors: dataset.papers.length - missing.length, total: dataset.papers.length, missing };
}

/**
 * Editorial checks for a curated dataset, beyond what any loadable dataset must satisfy:
 * no unused or doubly-spelled institutions, arXiv facts that agree with each other, and author
 * lists without blank or repeated names, each with the source it was confirmed from.
 */
export function auditDataset(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const used = new Set(dataset.papers.flatMap((p) => p.institutions));
  const spellings = new Map<string, string>();
  dataset.institutions.forEach((inst, index) => {
    if (!used.has(inst.id))
      problems.push({ path: `institutions[${index}]`, message: `"${inst.id}" is not used by any paper` });
    const names = new Set(
      [inst.nameEn, inst.nameZh ?? "", ...inst.aliases].filter(Boolean).map((n) => n.toLowerCase()),
    );
    for (const name of names) {
      const owner = spellings.get(name);
      if (owner && owner !== inst.id) {
        problems.push({ path: `institutions[${index}]`, message: `"${name}" also names "${owner}"` });
      }
      spellings.set(name, inst.id);
    }
  });
  dataset.papers.forEach((paper, index) => {
    const at = `papers[${index}]`;
    if (paper.links.arxiv) {
      const fromLink = arxivIdFromLink(paper.links.arxiv);
      if (fromLink === null) problems.push({ path: `${at}.links.arxiv`, message: "is not an arxiv.org abs/pdf link" });
      else if (fromLink !== paper.arxivId) {
        problems.push({
          path: `${at}.arxivId`,
          message: `"${paper.arxivId}" disagrees with the arXiv link (${fromLink})`,
        });
      }
    }
    if (paper.arxivId && paper.published !== monthFromArxivId(paper.arxivId)) {
      problems.push({
        path: `${at}.published`,
        message: `"${paper.published}" disagrees with arXiv id ${paper.arxivId}`,
      });
    }
    if (new Set(paper.institutions).size !== paper.institutions.length) {
      problems.push({ path: `${at}.institutions`, message: "lists an institution twice" });
    }
    problems.push(...authorProblems(paper, at));
  });
  return problems;
}
