// Reads a digest's lines into chapters and entries with the rules of digest-format.ts. It never
// throws and never drops text that looks like an entry: what it cannot place is a problem line.
import {
  describeOtherFormat,
  endsMidSentence,
  type LinkLine,
  parseChapterHeading,
  parseEntryHeading,
  parseLinkLine,
} from "./digest-format";

export interface ParsedEntry {
  /** 1-based line of the heading. */
  line: number;
  number: number | null;
  heading: string;
  headingClosed: boolean;
  paragraphs: string[];
  links: LinkLine[];
  /** The entry's last line is text that stops mid-sentence: the source was cut off here. */
  cutOff: boolean;
}

export interface ParsedChapter {
  /** null for entries before the first chapter heading. */
  number: number | null;
  nameZh: string;
  line: number;
  entries: ParsedEntry[];
}

export interface ParseProblem {
  line: number | null;
  message: string;
}

export interface ParsedDigest {
  chapters: ParsedChapter[];
  problems: ParseProblem[];
}

export function parseDigest(text: string): ParsedDigest {
  const otherFormat = describeOtherFormat(text);
  if (otherFormat) return { chapters: [], problems: [{ line: null, message: otherFormat }] };

  const chapters: ParsedChapter[] = [];
  const problems: ParseProblem[] = [];
  let chapter: ParsedChapter | null = null;
  let entry: ParsedEntry | null = null;
  let lastLineOfEntry: { kind: "text" | "link"; text: string } | null = null;

  const closeEntry = () => {
    if (entry && lastLineOfEntry?.kind === "text") entry.cutOff = endsMidSentence(lastLineOfEntry.text);
    entry = null;
    lastLineOfEntry = null;
  };

  text.split(/\r?\n/).forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === "") return;
    const chapterHeading = parseChapterHeading(line);
    if (chapterHeading) {
      closeEntry();
      chapter = { number: chapterHeading.number, nameZh: chapterHeading.nameZh, line: lineNumber, entries: [] };
      chapters.push(chapter);
      return;
    }
    const heading = parseEntryHeading(line);
    if (heading) {
      closeEntry();
      if (!chapter) {
        problems.push({ line: lineNumber, message: "entry before the first chapter heading (第 N 章 …)" });
        chapter = { number: null, nameZh: "", line: lineNumber, entries: [] };
        chapters.push(chapter);
      }
      entry = {
        line: lineNumber,
        number: heading.number,
        heading: heading.heading,
        headingClosed: heading.closed,
        paragraphs: [],
        links: [],
        cutOff: false,
      };
      chapter.entries.push(entry);
      return;
    }
    if (!entry) return; // the preamble and chapter introductions carry no paper facts
    const link = parseLinkLine(line);
    if (link) {
      entry.links.push(link);
      lastLineOfEntry = { kind: "link", text: line };
    } else {
      entry.paragraphs.push(line);
      lastLineOfEntry = { kind: "text", text: line };
    }
  });
  closeEntry();

  problems.push(...structureProblems(chapters));
  if (chapters.every((c) => c.entries.length === 0)) {
    problems.push({
      line: null,
      message: "no digest entries found: no 【…】 entry headings (is this a digest in the expected format?)",
    });
  }
  return { chapters, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/** Chapters without entries and numbers used twice. */
function structureProblems(chapters: readonly ParsedChapter[]): ParseProblem[] {
  const problems: ParseProblem[] = [];
  const chapterNumbers = new Map<number, number>();
  for (const chapter of chapters) {
    if (chapter.number !== null) {
      const earlier = chapterNumbers.get(chapter.number);
      if (earlier !== undefined) {
        problems.push({
          line: chapter.line,
          message: `chapter number ${chapter.number} again (first at line ${earlier})`,
        });
      } else chapterNumbers.set(chapter.number, chapter.line);
      if (chapter.entries.length === 0) {
        problems.push({ line: chapter.line, message: `chapter ${chapter.number} (${chapter.nameZh}) has no entries` });
      }
    }
    const entryNumbers = new Map<number, number>();
    for (const entry of chapter.entries) {
      if (entry.number === null) continue;
      const earlier = entryNumbers.get(entry.number);
      if (earlier !== undefined) {
        problems.push({ line: entry.line, message: `entry number ${entry.number} again (first at line ${earlier})` });
      } else entryNumbers.set(entry.number, entry.line);
    }
  }
  return problems;
}
