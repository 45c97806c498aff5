import type { SearchAnswer } from "../search/search-answer";
import { highlightTerms } from "../search/tokenizer";
import type { LibraryEntry } from "./library-entry";
import type { PlacedEntries } from "./library-positions";

/** Whether every term of a search occurs in the reader's note or tags (as the index matches: case aside, substrings). */
export function entryMatches(entry: LibraryEntry, terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  const text = `${entry.note}\n${entry.tags.join(" ")}`.toLowerCase();
  return terms.every((term) => text.includes(term));
}

/** The papers (positions, ascending) whose note or tags match the search: the notes are few, so they are read on the page. */
export function noteHits(placed: PlacedEntries, query: string): Uint32Array {
  const terms = highlightTerms(query);
  const hits: number[] = [];
  placed.entries.forEach((entry, k) => {
    if (entryMatches(entry, terms)) hits.push(placed.positions[k] as number);
  });
  return Uint32Array.from(hits);
}

/** The index's answer with the note hits counted as exact hits (after the index's own, in dataset order). */
export function withNoteHits(answer: SearchAnswer, hits: Uint32Array): SearchAnswer {
  if (hits.length === 0) return answer;
  const exact = new Set(answer.matches.subarray(0, answer.exact));
  const added = hits.filter((position) => !exact.has(position));
  if (added.length === 0) return answer;
  const promoted = new Set(added);
  const close = answer.matches.subarray(answer.exact).filter((position) => !promoted.has(position));
  const matches = new Uint32Array(answer.exact + added.length + close.length);
  matches.set(answer.matches.subarray(0, answer.exact));
  matches.set(added, answer.exact);
  matches.set(close, answer.exact + added.length);
  return { matches, exact: answer.exact + added.length };
}
