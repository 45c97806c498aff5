import type { Dataset } from "../dataset/schema";
import { bump } from "../typed-arrays";
import { TermDictionary } from "./term-dictionary";
import { indexTokens } from "./tokenizer";

/**
 * A part of the search index: the papers from `start` to `start + count`, with their terms sorted
 * (so a prefix is a range found by binary search) and each term's papers in flat arrays. The index
 * is built in segments so that search answers from the first papers while the rest are indexed,
 * and each segment moves from the worker to the page without copying (its arrays are transferred).
 */
export interface IndexSegment {
  start: number;
  count: number;
  /** Sorted. */
  terms: string[];
  /** Term k's postings are `postings[offsets[k]]` up to (not including) `postings[offsets[k + 1]]`. */
  offsets: Uint32Array;
  /** `paper << 1 | 1` when the term is in one of the paper's short fields (names, titles, institutions). */
  postings: Uint32Array;
}

/** A segment as posted between threads: the terms as one string, the arrays transferred. */
export interface SegmentMessage {
  start: number;
  count: number;
  terms: string;
  offsets: Uint32Array;
  postings: Uint32Array;
}

const SEPARATOR = "\u0000";

export function toMessage(segment: IndexSegment): SegmentMessage {
  return { ...segment, terms: segment.terms.join(SEPARATOR) };
}

export function fromMessage(message: SegmentMessage): IndexSegment {
  return { ...message, terms: message.terms === "" ? [] : message.terms.split(SEPARATOR) };
}

/** The text search reads of each paper: short fields (names, titles, authors, institutions; ranked first), then the summaries. */
export interface SearchDocument {
  primary: string;
  secondary: string;
}

export function searchDocuments(dataset: Dataset): (position: number) => SearchDocument {
  const institutions = new Map(
    dataset.institutions.map((i) => [i.id, [i.nameEn, i.nameZh ?? "", ...i.aliases].join(" ")]),
  );
  const chapters = new Map(dataset.chapters.map((c) => [c.id, `${c.nameEn} ${c.nameZh}`]));
  return (position) => {
    const paper = dataset.papers[position];
    if (!paper) return { primary: "", secondary: "" };
    return {
      primary: [
        paper.name,
        paper.id,
        paper.title ?? "",
        paper.headingZh,
        // The worker reads the file without the page's validation, which fills in omitted authors.
        ...(paper.authors ?? []),
        ...paper.institutions.map((id) => institutions.get(id) ?? ""),
        ...paper.tasks,
        ...paper.modalities,
        paper.kind,
        chapters.get(paper.chapter) ?? "",
        ...paper.results.map((r) => r.metric),
      ].join(" "),
      secondary: `${paper.summary.en} ${paper.summary.zh}`,
    };
  };
}

class GrowableArray {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** Indexes papers `start` to `start + count` (positions in the dataset) as one segment. */
export function buildSegment(
  document: (position: number) => SearchDocument,
  start: number,
  count: number,
): IndexSegment {
  const dictionary = new TermDictionary();
  const terms = dictionary.terms;
  // The last paper (relative to start) each term was recorded for, so each is recorded once per paper.
  let lastPaper = new Int32Array(1 << 12).fill(-1);
  // Per paper, its terms as `termId << 1 | inPrimary`, the primary fields first.
  const pairs = new GrowableArray();
  const paperEnds = new Uint32Array(count);
  let paper = 0;
  let primary = 1;
  let text = "";
  const record = (from: number, to: number) => {
    const id = dictionary.intern(text, from, to);
    if (id >= lastPaper.length) {
      const grown = new Int32Array(lastPaper.length * 2).fill(-1);
      grown.set(lastPaper);
      lastPaper = grown;
    }
    if (lastPaper[id] === paper) return;
    lastPaper[id] = paper;
    pairs.push((id << 1) | primary);
  };
  for (paper = 0; paper < count; paper++) {
    const { primary: short, secondary } = document(start + paper);
    primary = 1;
    text = short.toLowerCase();
    indexTokens(text, true, record);
    primary = 0;
    text = secondary.toLowerCase();
    indexTokens(text, false, record);
    paperEnds[paper] = pairs.length;
  }

  const order = terms.map((_, id) => id).sort((a, b) => ((terms[a] as string) < (terms[b] as string) ? -1 : 1));
  const rank = new Uint32Array(terms.length);
  order.forEach((id, position) => {
    rank[id] = position;
  });
  const offsets = new Uint32Array(terms.length + 1);
  for (let k = 0; k < pairs.length; k++) bump(offsets, (rank[(pairs.data[k] as number) >>> 1] as number) + 1);
  for (let k = 0; k < terms.length; k++) bump(offsets, k + 1, offsets[k] as number);
  const fill = offsets.slice(0, terms.length);
  const postings = new Uint32Array(pairs.length);
  let k = 0;
  for (let p = 0; p < count; p++) {
    const absolute = (start + p) << 1;
    for (const end = paperEnds[p] as number; k < end; k++) {
      const pair = pairs.data[k] as number;
      const position = rank[pair >>> 1] as number;
      postings[bump(fill, position)] = absolute | (pair & 1);
    }
  }
  return { start, count, terms: order.map((id) => terms[id] as string), offsets, postings };
}
