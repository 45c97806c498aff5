import type { DatasetIndexes } from "../dataset/dataset-indexes";
import type { Paper } from "../dataset/schema";
import { splitName } from "./author-names";
import { citationRecord } from "./citation-record";
import type { EntryOf } from "./library-fields";

type Lookups = Pick<DatasetIndexes, "institutionById">;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Escapes LaTeX's special characters, so no value can unbalance braces or start a command. */
export function escapeBibtex(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (c) => ESCAPES[c] ?? c).replace(/\s+/g, " ");
}

/** URL fields are verbatim in biblatex: LaTeX escapes would corrupt them, so percent-encode instead. */
function verbatimUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));
}

/**
 * A name as BibTeX reads it: "Given Family", with a family name of several words in braces so that
 * its particles stay in it ("Blaise {Agüera y Arcas}", not family "Arcas" with a "y" particle).
 */
export function bibtexName(name: string): string {
  const words = name.trim().split(/\s+/);
  // A comma or a lone "and" would split the name; such a name is kept whole, as an institution's would be.
  if (name.includes(",") || words.some((word) => word.toLowerCase() === "and")) return `{${escapeBibtex(name)}}`;
  const { given, family } = splitName(name);
  const familyPart = family.includes(" ") ? `{${escapeBibtex(family)}}` : escapeBibtex(family);
  return given ? `${escapeBibtex(given)} ${familyPart}` : familyPart;
}

function field(name: string, value: string): string {
  return `  ${name} = {${value}},`;
}

function entry(paper: Paper, { institutionById }: Lookups, library?: EntryOf): string {
  const own = library?.(paper);
  const { key, title, authors, year, month, arxivId, url } = citationRecord(paper);
  const institutions = paper.institutions.map((id) => institutionById.get(id)?.nameEn ?? id);
  const lines = [
    `@misc{${key},`,
    ...(authors.length > 0 ? [field("author", authors.map(bibtexName).join(" and "))] : []),
    // Double braces keep the title's capitalisation (model names, acronyms) as written.
    field("title", `{${escapeBibtex(title)}}`),
    field("year", String(year)),
  ];
  const monthMacro = MONTHS[month - 1];
  if (monthMacro) lines.push(`  month = ${monthMacro},`);
  // No primaryClass: the data does not record a paper's arXiv category, and a guessed one would be
  // a wrong fact in someone's bibliography.
  if (arxivId) {
    lines.push(
      field("eprint", arxivId),
      field("archivePrefix", "arXiv"),
      // Classic BibTeX styles ignore eprint; howpublished keeps the arXiv id visible there too.
      field("howpublished", `arXiv:${arxivId}`),
    );
  }
  if (url) lines.push(field("url", verbatimUrl(url)));
  // The reader's note leads the note field; their tags join the tasks as keywords.
  const notes = [own?.note.trim() ?? "", institutions.length > 0 ? `Institutions: ${institutions.join(", ")}` : ""];
  const note = notes.filter(Boolean).join(" — ");
  if (note) lines.push(field("note", escapeBibtex(note)));
  const keywords = [...new Set([...paper.tasks, ...(own?.tags ?? [])])];
  if (keywords.length > 0) lines.push(field("keywords", escapeBibtex(keywords.join(", "))));
  return `${lines.join("\n").replace(/,$/, "")}\n}`;
}

/** One `@misc` entry per paper, in the given order; with `library`, the reader's tags and note too. */
export function papersToBibtex(papers: readonly Paper[], lookups: Lookups, library?: EntryOf): string {
  return `${papers.map((paper) => entry(paper, lookups, library)).join("\n\n")}\n`;
}
