import type { Paper } from "../dataset/schema";

/** What every citation format (BibTeX, RIS, CSL-JSON) says about a paper, read from it in one place. */
export interface CitationRecord {
  /** The citation key: the paper's dataset id, unique in any export and the same in every export of the paper. */
  key: string;
  /** The English title where one was confirmed, else the paper's name. */
  title: string;
  /** Display names in the paper's order. */
  authors: readonly string[];
  year: number;
  month: number;
  arxivId: string | null;
  /** The paper's arXiv page, else its project page, else its code. */
  url: string | null;
}

export function citationRecord(paper: Paper): CitationRecord {
  // The arXiv month where there is one; otherwise the month of the digest that listed the paper.
  const [year = 0, month = 0] = (paper.published ?? paper.digest).split("-").map(Number);
  return {
    key: paper.id,
    title: paper.title ?? paper.name,
    authors: paper.authors,
    year,
    month,
    arxivId: paper.arxivId,
    url: paper.links.arxiv ?? paper.links.project ?? paper.links.code,
  };
}
