import type { Paper } from "../../lib/dataset/schema";

export type DisplayItem =
  | { type: "group"; chapter: string; count: number }
  | { type: "paper"; paper: Paper; rowIndex: number };

/** The table's rows, read by position: papers, with a heading row before each chapter when grouped. */
export interface DisplayItems {
  length: number;
  at: (index: number) => DisplayItem | undefined;
  indexOf: (paperId: string) => number;
}

/** Ungrouped views read straight from the papers, so 100,000 rows cost no extra objects. */
export function displayItems(papers: Paper[], grouped: boolean): DisplayItems {
  if (!grouped) {
    return {
      length: papers.length,
      at: (index) => {
        const paper = papers[index];
        return paper ? { type: "paper", paper, rowIndex: index } : undefined;
      },
      indexOf: (paperId) => papers.findIndex((paper) => paper.id === paperId),
    };
  }
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
  return {
    length: items.length,
    at: (index) => items[index],
    indexOf: (paperId) => items.findIndex((item) => item.type === "paper" && item.paper.id === paperId),
  };
}
