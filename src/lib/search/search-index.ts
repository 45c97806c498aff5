import { bump } from "../typed-arrays";
import type { IndexSegment } from "./index-segment";
import type { SearchAnswer } from "./search-answer";
import { synonymsOf } from "./synonyms";
import { type QueryTerm, queryTerms } from "./tokenizer";

/** The search index as far as it is built: segments cover papers 0 … `indexed` − 1 of `total`. */
export interface SearchIndex {
  segments: readonly IndexSegment[];
  indexed: number;
  total: number;
}

// Per paper and query term: how the term matched it.
const EXACT = 1;
const CLOSE = 2;
const IN_SHORT_FIELD = 4;

/** Words this long also match spellings one edit away (two from ten letters), ranked after exact hits. */
const FUZZY_FROM = 5;
const FUZZY_TWO_FROM = 10;

function lowerBound(terms: readonly string[], value: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((terms[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Marks the papers of terms `from` to `to` of a segment with `how`. */
function markRange(segment: IndexSegment, from: number, to: number, how: number, marks: Uint8Array): void {
  const { offsets, postings } = segment;
  for (let k = offsets[from] as number, end = offsets[to] as number; k < end; k++) {
    const posting = postings[k] as number;
    const paper = posting >>> 1;
    marks[paper] = (marks[paper] as number) | how | (posting & 1 ? IN_SHORT_FIELD : 0);
  }
}

function markPrefix(segments: readonly IndexSegment[], prefix: string, marks: Uint8Array): void {
  for (const segment of segments) {
    markRange(segment, lowerBound(segment.terms, prefix), lowerBound(segment.terms, `${prefix}\uffff`), EXACT, marks);
  }
}

function markExact(segments: readonly IndexSegment[], term: string, how: number, marks: Uint8Array): void {
  for (const segment of segments) {
    const at = lowerBound(segment.terms, term);
    if (segment.terms[at] === term) markRange(segment, at, at + 1, how, marks);
  }
}

// Two rows of the edit-distance table, reused: words are short, and this runs per candidate term.
let previousRow = new Uint16Array(64);
let currentRow = new Uint16Array(64);

/** Whether `a` and `b` are at most `max` edits apart (Levenshtein, stopping once every cell exceeds it). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (b.length + 1 > previousRow.length) {
    previousRow = new Uint16Array(b.length + 1);
    currentRow = new Uint16Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j++) previousRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    currentRow[0] = i;
    let best = i;
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = char === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previousRow[j] as number) + 1,
        (currentRow[j - 1] as number) + 1,
        (previousRow[j - 1] as number) + cost,
      );
      currentRow[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    [previousRow, currentRow] = [currentRow, previousRow];
  }
  return (previousRow[b.length] as number) <= max;
}

/**
 * Marks papers with terms a few edits from `word`. Only terms with the same first letter are
 * tried: typos rarely hit it, and it keeps this to a small range of a sorted dictionary.
 */
function markClose(segments: readonly IndexSegment[], word: string, marks: Uint8Array): void {
  const max = word.length >= FUZZY_TWO_FROM ? 2 : 1;
  const first = word[0] as string;
  for (const segment of segments) {
    const end = lowerBound(segment.terms, `${first}\uffff`);
    for (let at = lowerBound(segment.terms, first); at < end; at++) {
      const term = segment.terms[at] as string;
      if (term !== word && !term.startsWith(word) && withinEdits(word, term, max)) {
        markRange(segment, at, at + 1, CLOSE, marks);
      }
    }
  }
}

const COMPOUND = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;

/**
 * A synonym: a hyphenated compound as the one term it is indexed as; otherwise all of the phrase's
 * terms, each as a whole word or (Han) by substring.
 */
function markPhrase(segments: readonly IndexSegment[], phrase: string, papers: number, marks: Uint8Array): void {
  if (COMPOUND.test(phrase)) {
    markExact(segments, phrase, EXACT, marks);
    return;
  }
  const terms = queryTerms(phrase);
  let all: Uint8Array | null = null;
  for (const term of terms) {
    const own = new Uint8Array(papers);
    if (term.kind === "han") markHan(segments, term.text, own);
    else markExact(segments, term.text, EXACT, own);
    if (all) for (let i = 0; i < papers; i++) all[i] = (all[i] as number) & (own[i] as number);
    else all = own;
  }
  if (all) for (let i = 0; i < papers; i++) if (all[i]) marks[i] = (marks[i] as number) | (all[i] as number);
}

function markHan(segments: readonly IndexSegment[], run: string, marks: Uint8Array): void {
  // A single character is a prefix of the bigrams it starts (and the character itself).
  if (run.length === 1) {
    markPrefix(segments, run, marks);
    return;
  }
  const papers = marks.length;
  let all: Uint8Array | null = null;
  for (let k = 0; k < run.length - 1; k++) {
    const own = new Uint8Array(papers);
    markExact(segments, run.slice(k, k + 2), EXACT, own);
    if (all) for (let i = 0; i < papers; i++) all[i] = (all[i] as number) & (own[i] as number);
    else all = own;
  }
  if (all) for (let i = 0; i < papers; i++) marks[i] = (marks[i] as number) | (all[i] as number);
}

function markTerm(index: SearchIndex, term: QueryTerm): Uint8Array {
  const marks = new Uint8Array(index.total);
  if (term.kind === "han") markHan(index.segments, term.text, marks);
  else {
    // Words match as prefixes, so results follow the typing from the first letter.
    markPrefix(index.segments, term.text, marks);
    if (term.text.length >= FUZZY_FROM) markClose(index.segments, term.text, marks);
  }
  for (const synonym of synonymsOf(term.text)) markPhrase(index.segments, synonym, index.total, marks);
  return marks;
}

/**
 * The papers that match every term of the query. A paper matched exactly by every term is an
 * exact hit; one that needed a close spelling for some word comes after them. Among exact hits,
 * those matched in their short fields (names, titles, institutions) come first; otherwise papers
 * keep their dataset order.
 */
export function searchIndex(index: SearchIndex, query: string): SearchAnswer {
  const terms = queryTerms(query);
  const papers = index.total;
  if (terms.length === 0) return { matches: new Uint32Array(0), exact: 0 };
  // Per paper: whether every term so far matched exactly, matched at all, matched in a short field.
  let all: Uint8Array | null = null;
  for (const term of terms) {
    const marks = markTerm(index, term);
    if (!all) {
      all = marks;
      for (let i = 0; i < papers; i++) {
        const mark = all[i] as number;
        if (mark & EXACT) all[i] = mark | CLOSE;
      }
      continue;
    }
    for (let i = 0; i < papers; i++) {
      const mark = marks[i] as number;
      const matched = mark & (EXACT | CLOSE) ? CLOSE : 0;
      all[i] = (all[i] as number) & ((mark & (EXACT | IN_SHORT_FIELD)) | matched);
    }
  }
  const marks = all as Uint8Array;
  const tierOf = (mark: number) => (mark & CLOSE ? (mark & EXACT ? (mark & IN_SHORT_FIELD ? 0 : 1) : 2) : -1);
  const starts = new Uint32Array(4);
  for (let i = 0; i < papers; i++) {
    const tier = tierOf(marks[i] as number);
    if (tier >= 0) bump(starts, tier + 1);
  }
  const exact = (starts[1] as number) + (starts[2] as number);
  const matches = new Uint32Array(exact + (starts[3] as number));
  bump(starts, 2, starts[1] as number);
  for (let i = 0; i < papers; i++) {
    const tier = tierOf(marks[i] as number);
    if (tier >= 0) matches[bump(starts, tier)] = i;
  }
  return { matches, exact };
}
