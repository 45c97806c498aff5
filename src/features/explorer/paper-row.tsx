import { memo } from "react";
import type { Paper } from "../../lib/dataset/schema";
import classes from "./papers-table.module.css";
import type { PapersTable } from "./use-papers-table";

interface PaperRowProps {
  table: PapersTable;
  paper: Paper;
  itemIndex: number;
  rowIndex: number;
  selected: boolean;
  /** False once the compare tray is full and this paper is not in it. */
  canSelect: boolean;
  open: boolean;
  focusable: boolean;
  /** The visible column ids; a change re-renders the row. */
  columns: string;
}

/**
 * One table row, in plain elements: a scroll mounts dozens per frame. Memoised so a filter change
 * or a scroll step renders only new or changed rows; the table body handles its events.
 */
export const PaperRow = memo(function PaperRow({
  table,
  paper,
  itemIndex,
  rowIndex,
  selected,
  open,
  focusable,
}: PaperRowProps) {
  return (
    <tr
      data-item-index={itemIndex}
      data-paper-id={paper.id}
      aria-rowindex={rowIndex + 2}
      aria-selected={selected}
      aria-current={open ? "true" : undefined}
      tabIndex={focusable ? 0 : -1}
      className={classes.row}
      data-open={open || undefined}
    >
      {table
        .getRow(paper.id)
        .getVisibleCells()
        .map((cell) => (
          <td key={cell.id} className={classes[`col-${cell.column.id}`]}>
            <table.FlexRender cell={cell} />
          </td>
        ))}
    </tr>
  );
});
