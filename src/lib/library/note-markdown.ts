import { isHttpUrl } from "../dataset/schema";

/**
 * A note's Markdown, read safely: text and http(s) links only. `[text](https://…)` and bare
 * http(s) addresses become links; everything else (HTML, images, other schemes) stays text.
 * Paragraphs are separated by blank lines; single line breaks are kept.
 */

export type NoteInline = { type: "text"; text: string } | { type: "link"; text: string; href: string };
/** A paragraph: its lines, each a run of text and links. */
export type NoteParagraph = NoteInline[][];

// `[text](url)` with no brackets in the text and no spaces or parentheses in the url, or a bare url.
const LINKS = /\[([^[\]\n]+)\]\((https?:\/\/[^\s()]+)\)|(https?:\/\/[^\s<>"]+)/gi;
// Sentence punctuation after a bare address belongs to the sentence.
const TRAILING = /[.,;:!?)\]'"]+$/;

function inlines(line: string): NoteInline[] {
  const parts: NoteInline[] = [];
  let at = 0;
  const text = (value: string) => {
    if (value) parts.push({ type: "text", text: value });
  };
  for (const match of line.matchAll(LINKS)) {
    const [whole, label, labelled, bare] = match;
    const start = match.index;
    let href = labelled ?? bare ?? "";
    let consumed = whole.length;
    if (bare !== undefined) {
      const trailing = TRAILING.exec(bare)?.[0] ?? "";
      href = bare.slice(0, bare.length - trailing.length);
      consumed -= trailing.length;
    }
    text(line.slice(at, start));
    if (isHttpUrl(href)) parts.push({ type: "link", text: label ?? href, href });
    else text(whole.slice(0, consumed));
    at = start + consumed;
  }
  text(line.slice(at));
  return parts;
}

export function parseNote(note: string): NoteParagraph[] {
  return note
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => paragraph.split("\n").map(inlines));
}
