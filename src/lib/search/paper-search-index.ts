import MiniSearch from "minisearch";
import type { Dataset } from "../dataset/schema";
import { tokenizeForIndex, tokenizeForQuery } from "./cjk-tokenizer";

interface SearchDocument {
  /** Position of the paper in `dataset.papers`. */
  id: number;
  name: string;
  title: string;
  heading: string;
  summary: string;
  institutions: string;
  tags: string;
}

const FIELDS = ["name", "title", "heading", "summary", "institutions", "tags"] as const;

export function toSearchDocuments(dataset: Dataset): SearchDocument[] {
  const institutions = new Map(dataset.institutions.map((i) => [i.id, [i.nameEn, i.nameZh ?? "", ...i.aliases]]));
  const chapters = new Map(dataset.chapters.map((c) => [c.id, `${c.nameEn} ${c.nameZh}`]));
  return dataset.papers.map((paper, id) => ({
    id,
    name: `${paper.name} ${paper.id}`,
    title: paper.title ?? "",
    heading: paper.headingZh,
    summary: `${paper.summary.en} ${paper.summary.zh}`,
    institutions: paper.institutions.flatMap((inst) => institutions.get(inst) ?? []).join(" "),
    tags: [
      ...paper.tasks,
      ...paper.modalities,
      paper.kind,
      chapters.get(paper.chapter) ?? "",
      ...paper.results.map((r) => r.metric),
    ].join(" "),
  }));
}

export interface PaperSearchIndex {
  /** Positions of the papers that contain every term of the query. */
  search(query: string): Set<number>;
}

export function buildPaperSearchIndex(documents: SearchDocument[]): PaperSearchIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize: tokenizeForIndex,
    searchOptions: {
      tokenize: tokenizeForQuery,
      combineWith: "AND",
      // Latin words match as prefixes so results appear while the word is being typed.
      prefix: (term) => !/^\p{Script=Han}/u.test(term),
      boost: { name: 3, title: 2, institutions: 2 },
    },
  });
  index.addAll(documents);
  return {
    search(query) {
      if (tokenizeForQuery(query).length === 0) return new Set();
      return new Set(index.search(query).map((hit) => hit.id as number));
    },
  };
}
