import { memo } from "react";
import type { Paper } from "../../lib/dataset/schema";
import { CELLS, type ColumnId } from "./paper-cells";
import classes from "./papers-table.module.css";

export interface PaperRowProps {
  paper: Paper;
  line: number;
  /** Its place in the view (0-based), for screen readers' row count. */
  row: number;
  selected: boolean;
  /** False once the compare tray is full and this paper is not in it. */
  canSelect: boolean;
  open: boolean;
  focusable: boolean;
  /** In the overscan of a table not scrolled since its view came: the browser may skip rendering its cells. */
  offscreen: boolean;
  /** The visible columns, joined by commas. */
  columns: string;
  /** The search terms found in this row's text, joined by a separator: only these re-render it. */
  terms: string;
  /** The preview card's id while it shows this paper. */
  describedBy: string | undefined;
  /** Kept hidden on a line the view leaves empty, for a later view to fill (spare-rows.ts). */
  spare?: boolean;
}

/**
 * One table row in plain elements, memoised: a keystroke or a filter change re-renders only rows
 * whose content changed (a new paper in that line, or a different highlight).
 */
export const PaperRow = memo(function PaperRow({
  paper,
  line,
  row,
  selected,
  canSelect,
  open,
  focusable,
  offscreen,
  columns,
  terms,
  describedBy,
  spare = false,
}: PaperRowProps) {
  const highlight = terms === "" ? [] : terms.split("\u0000");
  return (
    <tr
      hidden={spare}
      data-item-index={spare ? undefined : line}
      data-paper-id={spare ? undefined : paper.id}
      aria-rowindex={row + 2}
      aria-selected={selected}
      aria-current={open ? "true" : undefined}
      aria-describedby={describedBy}
      tabIndex={focusable && !spare ? 0 : -1}
      className={classes.row}
      data-open={open || undefined}
      data-offscreen={offscreen || undefined}
    >
      {(columns.split(",") as ColumnId[]).map((column) => {
        const Cell = CELLS[column];
        return (
          <td key={column} className={classes[`col-${column}`]}>
            {/* A box of the row's exact height: the table places rows by arithmetic, so no content may grow one. */}
            <div className={classes.cell}>
              <Cell paper={paper} terms={highlight} selected={selected} canSelect={canSelect} />
            </div>
          </td>
        );
      })}
    </tr>
  );
});
