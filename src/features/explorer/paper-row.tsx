import { Table } from "@mantine/core";
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
 * One table row. Memoised so a filter change or a scroll step only renders the rows that are new
 * or changed; events are handled by the table body, so the row takes no callbacks.
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
    <Table.Tr
      data-index={itemIndex}
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
          <Table.Td key={cell.id} className={classes[`col-${cell.column.id}`]}>
            <table.FlexRender cell={cell} />
          </Table.Td>
        ))}
    </Table.Tr>
  );
});
