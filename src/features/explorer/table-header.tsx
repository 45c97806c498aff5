import { UnstyledButton, VisuallyHidden } from "@mantine/core";
import { memo } from "react";
import type { ColumnId } from "./paper-cells";
import { columnWidth } from "./paper-columns";
import classes from "./papers-table.module.css";
import type { PapersTable } from "./use-papers-table";

// Columns too narrow for a word, whose cells say what they are (a checkbox, a star): their header
// names them for screen readers only.
const UNLABELLED_COLUMNS: ReadonlySet<string> = new Set(["select", "star"]);

interface TableHeaderProps {
  table: PapersTable;
  /** The visible columns and the sort, as strings: the header re-renders only when they change. */
  columns: string;
  sorting: string;
  /** Cards on a narrow screen have no columns to size. */
  cards: boolean;
}

/**
 * Column headers with their sort buttons (the text comes from the table's context, per language).
 * The table object is new on every render of the body; the header follows only its columns and
 * sort, so a keystroke does not rebuild it.
 */
export const TableHeader = memo(
  function TableHeader({ table, cards }: TableHeaderProps) {
    return (
      <thead className={classes.head}>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  className={classes[`col-${header.column.id}`]}
                  // The header's cells size the columns (the table's layout is fixed).
                  style={cards ? undefined : { width: columnWidth(header.column.id as ColumnId) }}
                  aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                >
                  {header.column.getCanSort() ? (
                    <UnstyledButton onClick={header.column.getToggleSortingHandler()} className={classes.sortButton}>
                      <span className={classes.sortLabel}>
                        <table.FlexRender header={header} />
                      </span>
                      <span aria-hidden="true" className={classes.sortIndicator} data-sort-indicator>
                        {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                      </span>
                    </UnstyledButton>
                  ) : UNLABELLED_COLUMNS.has(header.column.id) ? (
                    <VisuallyHidden>
                      <table.FlexRender header={header} />
                    </VisuallyHidden>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
    );
  },
  (before, after) =>
    before.columns === after.columns && before.sorting === after.sorting && before.cards === after.cards,
);
