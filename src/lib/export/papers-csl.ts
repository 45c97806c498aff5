import type { Paper } from "../dataset/schema";
import { splitName } from "./author-names";
import { citationRecord } from "./citation-record";
import type { EntryOf } from "./library-fields";

/** A CSL-JSON item (the input of citation processors such as citeproc-js), as far as the data can fill one. */
export interface CslItem {
  id: string;
  /** CSL's type for a preprint. */
  type: "article";
  title: string;
  author?: ({ family: string; given: string } | { literal: string })[];
  issued: { "date-parts": [[number, number]] };
  URL?: string;
  /** The arXiv identifier, as citation styles print a preprint's number. */
  number?: string;
  publisher?: string;
  /** The reader's own tags and note, when they asked for them. */
  keyword?: string;
  note?: string;
}

export function paperToCsl(paper: Paper): CslItem {
  const { key, title, authors, year, month, arxivId, url } = citationRecord(paper);
  const item: CslItem = { id: key, type: "article", title, issued: { "date-parts": [[year, month]] } };
  if (authors.length > 0) {
    item.author = authors.map((name) => {
      const { given, family } = splitName(name);
      return given ? { family, given } : { literal: family };
    });
  }
  if (url) item.URL = url;
  if (arxivId) {
    item.number = `arXiv:${arxivId}`;
    item.publisher = "arXiv";
  }
  return item;
}

/** The papers as a CSL-JSON array, in the given order; with `library`, the reader's tags and note. */
export function papersToCsl(papers: readonly Paper[], library?: EntryOf): string {
  const items = papers.map((paper) => {
    const item = paperToCsl(paper);
    const own = library?.(paper);
    if (own && own.tags.length > 0) item.keyword = own.tags.join(", ");
    if (own && own.note.trim() !== "") item.note = own.note;
    return item;
  });
  return `${JSON.stringify(items, null, 2)}\n`;
}
