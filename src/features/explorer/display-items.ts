import type { Paper } from "../../lib/dataset/schema";

export type DisplayItem =
  | { type: "group"; chapter: string; count: number }
  | { type: "paper"; paper: Paper; rowIndex: number };

/** Table rows, with a heading row before each chapter when the view is grouped. */
export function displayItems(papers: Paper[], grouped: boolean): DisplayItem[] {
  if (!grouped) return papers.map((paper, rowIndex) => ({ type: "paper", paper, rowIndex }));
  const items: DisplayItem[] = [];
  let heading: { type: "group"; chapter: string; count: number } | null = null;
  papers.forEach((paper, rowIndex) => {
    if (heading?.chapter !== paper.chapter) {
      heading = { type: "group", chapter: paper.chapter, count: 0 };
      items.push(heading);
    }
    heading.count++;
    items.push({ type: "paper", paper, rowIndex });
  });
  return items;
}
