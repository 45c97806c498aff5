import type { DatasetIndexes } from "../dataset/dataset-indexes";
import type { Paper } from "../dataset/schema";
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
 * The citation key: the paper's dataset id, which the validator keeps unique and kebab-case, so keys
 * are unique within any export and the same in every export of the same paper.
 */
export function bibtexKey(paper: Paper): string {
  return paper.id;
}

function field(name: string, value: string): string {
  return `  ${name} = {${value}},`;
}

function entry(paper: Paper, { institutionById }: Lookups, library?: EntryOf): string {
  const own = library?.(paper);
  const month = paper.published ?? paper.digest;
  const [year, monthNumber] = month.split("-");
  const institutions = paper.institutions.map((id) => institutionById.get(id)?.nameEn ?? id);
  const title = paper.title ?? paper.name;
  const url = paper.links.arxiv ?? paper.links.project ?? paper.links.code;
  const lines = [
    `@misc{${bibtexKey(paper)},`,
    // Double braces keep the title's capitalisation (model names, acronyms) as written.
    field("title", `{${escapeBibtex(title)}}`),
    field("year", year ?? ""),
  ];
  const monthMacro = MONTHS[Number(monthNumber) - 1];
  if (monthMacro) lines.push(`  month = ${monthMacro},`);
  if (paper.arxivId) {
    lines.push(
      field("eprint", paper.arxivId),
      field("archivePrefix", "arXiv"),
      // Classic BibTeX styles ignore eprint; howpublished keeps the arXiv id visible there too.
      field("howpublished", `arXiv:${paper.arxivId}`),
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
