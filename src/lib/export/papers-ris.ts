import type { Paper } from "../dataset/schema";
import { splitName } from "./author-names";
import { citationRecord } from "./citation-record";
import type { EntryOf } from "./library-fields";

/** A RIS tag line; a value is one line of text, so line breaks inside it become spaces. */
function tag(name: string, value: string): string {
  return `${name}  - ${value.replace(/\s+/g, " ").trim()}`;
}

/** RIS wants "Family, Given". */
function risName(name: string): string {
  const { given, family } = splitName(name);
  return given ? `${family}, ${given}` : family;
}

function record(paper: Paper, library?: EntryOf): string[] {
  const { key, title, authors, year, month, arxivId, url } = citationRecord(paper);
  const own = library?.(paper);
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
    // The reader's own tags and note, when they asked for them.
    ...(own?.tags ?? []).map((value) => tag("KW", value)),
    ...(own && own.note.trim() !== "" ? [tag("N1", own.note)] : []),
    "ER  - ",
  ];
}

/** One RIS record per paper, in the given order, with the spec's CRLF line ends; with `library`, the reader's tags and note. */
export function papersToRis(papers: readonly Paper[], library?: EntryOf): string {
  return papers.map((paper) => `${record(paper, library).join("\r\n")}\r\n`).join("\r\n");
}
