import type { Dataset } from "./schema";
import type { DatasetProblem } from "./validate-dataset";

/** `2404.14239` → `2024-04`. arXiv ids encode the submission month as YYMM. */
export function monthFromArxivId(arxivId: string): string {
  return `20${arxivId.slice(0, 2)}-${arxivId.slice(2, 4)}`;
}

const ARXIV_LINK = /^https?:\/\/arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?$/;

export function arxivIdFromLink(link: string): string | null {
  return ARXIV_LINK.exec(link)?.[1] ?? null;
}

/**
 * Editorial checks for a curated dataset, beyond what any loadable dataset must satisfy:
 * no unused or doubly-spelled institutions, and arXiv facts that agree with each other.
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
  });
  return problems;
}
