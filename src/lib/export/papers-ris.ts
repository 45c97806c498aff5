import type { Paper } from "../dataset/schema";
import { splitName } from "./author-names";
import { citationRecord } from "./citation-record";

/** A RIS tag line; a value is one line of text, so line breaks inside it become spaces. */
function tag(name: string, value: string): string {
  return `${name}  - ${value.replace(/\s+/g, " ").trim()}`;
}

/** RIS wants "Family, Given". */
function risName(name: string): string {
  const { given, family } = splitName(name);
  return given ? `${family}, ${given}` : family;
}

function record(paper: Paper): string[] {
  const { key, title, authors, year, month, arxivId, url } = citationRecord(paper);
  return [
    // A preprint is an unpublished work in RIS's list of reference types.
    tag("TY", "UNPB"),
    tag("ID", key),
    ...authors.map((author) => tag("AU", risName(author))),
    tag("TI", title),
    tag("PY", String(year)),
    tag("DA", `${year}/${String(month).padStart(2, "0")}`),
    ...(url ? [tag("UR", url)] : []),
    // The arXiv id is the paper's accession number in arXiv; the data records no DOI, so there is no DO.
    ...(arxivId ? [tag("DB", "arXiv"), tag("AN", arxivId)] : []),
    "ER  - ",
  ];
}

/** One RIS record per paper, in the given order, with the spec's CRLF line ends. */
export function papersToRis(papers: readonly Paper[]): string {
  return papers.map((paper) => `${record(paper).join("\r\n")}\r\n`).join("\r\n");
}
