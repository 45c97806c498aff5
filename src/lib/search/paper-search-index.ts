import MiniSearch from "minisearch";
import type { Dataset } from "../dataset/schema";
import { tokenizeForIndex, tokenizeForQuery } from "./cjk-tokenizer";

interface SearchDocument {
  /** Position of the paper in `dataset.papers`. */
  id: number;
  /** Short fields: names, titles, the Chinese heading, institutions and their aliases, tags. */
  primary: string;
  /** The English and Chinese summaries. */
  summary: string;
}

export function toSearchDocuments(dataset: Dataset): SearchDocument[] {
  const institutions = new Map(dataset.institutions.map((i) => [i.id, [i.nameEn, i.nameZh ?? "", ...i.aliases]]));
  const chapters = new Map(dataset.chapters.map((c) => [c.id, `${c.nameEn} ${c.nameZh}`]));
  return dataset.papers.map((paper, id) => ({
    id,
    primary: [
      paper.name,
      paper.id,
      paper.title ?? "",
      paper.headingZh,
      ...paper.institutions.flatMap((inst) => institutions.get(inst) ?? []),
      ...paper.tasks,
      ...paper.modalities,
      paper.kind,
      chapters.get(paper.chapter) ?? "",
      ...paper.results.map((r) => r.metric),
    ].join(" "),
    summary: `${paper.summary.en} ${paper.summary.zh}`,
  }));
}

export interface PaperSearchIndex {
  /** Positions of the papers that contain every term of the query, best match first. */
  search(query: string): number[];
}

// Expanding a one- or two-letter prefix over a large index costs hundreds of milliseconds and
// matches nearly everything anyway; large indexes start prefix matching at the third letter.
const LARGE_INDEX = 20_000;

export function buildPaperSearchIndex(documents: SearchDocument[]): PaperSearchIndex {
  const minPrefix = documents.length > LARGE_INDEX ? 3 : 1;
  const index = new MiniSearch<SearchDocument>({
    fields: ["primary", "summary"],
    storeFields: [],
    // Single Han characters are indexed in the short fields only: in long summaries they would
    // double the index for queries nobody types.
    tokenize: (text, field) => tokenizeForIndex(text, field === "primary"),
    searchOptions: {
      tokenize: tokenizeForQuery,
      combineWith: "AND",
      // Latin words match as prefixes so results appear while the word is being typed.
      prefix: (term) => term.length >= minPrefix && !/^\p{Script=Han}/u.test(term),
      boost: { primary: 3 },
    },
  });
  index.addAll(documents);
  return {
    search(query) {
      if (tokenizeForQuery(query).length === 0) return [];
      return index.search(query).map((hit) => hit.id as number);
    },
  };
}
