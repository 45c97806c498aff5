import type { DatasetIndexes } from "../../lib/dataset/dataset-indexes";

export type PaperLookup =
  | { kind: "id"; index: number }
  /** Found by its arXiv id: the pane moves the URL to the paper's own id. */
  | { kind: "arxiv"; index: number }
  | { kind: "missing" };

/** The detail route takes a paper id or an arXiv id (`/papers/2404.14239`). */
export function lookUpPaper(indexes: DatasetIndexes, param: string): PaperLookup {
  const byId = indexes.paperIndexById.get(param);
  if (byId !== undefined) return { kind: "id", index: byId };
  const byArxiv = indexes.paperIndexByArxivId.get(param);
  if (byArxiv !== undefined) return { kind: "arxiv", index: byArxiv };
  return { kind: "missing" };
}
