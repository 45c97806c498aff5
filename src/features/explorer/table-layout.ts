/**
 * Where each line of the table sits: papers, and (grouped by chapter) a heading line before each
 * chapter. Rows have fixed heights, so positions are arithmetic: nothing here grows with the number
 * of papers, which is what keeps a 100,000-row table as cheap as a 66-row one.
 */

export type TableLine = { type: "group"; group: number } | { type: "paper"; row: number };

export interface TableGroup {
  /** The chapter's rank (its position in chapter order). */
  rank: number;
  /** First row (index into the view's rows) and how many rows the chapter has. */
  start: number;
  count: number;
}

export interface TableLayout {
  /** Lines: one per paper, plus one per chapter heading when grouped. */
  length: number;
  height: number;
  groups: readonly TableGroup[];
  lineAt: (index: number) => TableLine | undefined;
  top: (index: number) => number;
  /** The line at a vertical position (clamped to the table). */
  lineAtOffset: (offset: number) => number;
  /** The line showing the row-th paper of the view. */
  lineOfRow: (row: number) => number;
}

export function groupsOf(rows: Uint32Array, chapterRank: Uint32Array): TableGroup[] {
  const groups: TableGroup[] = [];
  rows.forEach((paper, row) => {
    const rank = chapterRank[paper] as number;
    const last = groups.at(-1);
    if (last?.rank === rank) last.count++;
    else groups.push({ rank, start: row, count: 1 });
  });
  return groups;
}

export function tableLayout(
  rowCount: number,
  groups: readonly TableGroup[] | null,
  rowHeight: number,
  groupHeight: number,
): TableLayout {
  if (!groups) {
    return {
      length: rowCount,
      height: rowCount * rowHeight,
      groups: [],
      lineAt: (index) => (index >= 0 && index < rowCount ? { type: "paper", row: index } : undefined),
      top: (index) => index * rowHeight,
      lineAtOffset: (offset) => Math.max(0, Math.min(rowCount - 1, Math.floor(offset / rowHeight))),
      lineOfRow: (row) => row,
    };
  }
  // Group g's heading is line `firstLine[g]`, at `groupTop[g]`; its rows follow.
  const firstLine = groups.map((group, g) => group.start + g);
  const groupTop = groups.map((group, g) => g * groupHeight + group.start * rowHeight);
  const length = rowCount + groups.length;
  const groupOfLine = (index: number) => {
    let g = groups.length - 1;
    while (g > 0 && (firstLine[g] as number) > index) g--;
    return g;
  };
  return {
    length,
    height: rowCount * rowHeight + groups.length * groupHeight,
    groups,
    lineAt: (index) => {
      if (index < 0 || index >= length) return undefined;
      const g = groupOfLine(index);
      const first = firstLine[g] as number;
      return index === first ? { type: "group", group: g } : { type: "paper", row: index - g - 1 };
    },
    top: (index) => {
      const g = groupOfLine(index);
      const first = firstLine[g] as number;
      const start = groupTop[g] as number;
      return index === first ? start : start + groupHeight + (index - first - 1) * rowHeight;
    },
    lineAtOffset: (offset) => {
      let g = groups.length - 1;
      while (g > 0 && (groupTop[g] as number) > offset) g--;
      const inside = offset - (groupTop[g] as number) - groupHeight;
      if (inside < 0) return firstLine[g] as number;
      const row = Math.min((groups[g] as TableGroup).count - 1, Math.floor(inside / rowHeight));
      return (firstLine[g] as number) + 1 + row;
    },
    lineOfRow: (row) => {
      let g = groups.length - 1;
      while (g > 0 && (groups[g] as TableGroup).start > row) g--;
      return row + g + 1;
    },
  };
}
