import { Table, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Paper } from "../../lib/dataset/schema";
import { useLabels } from "../../lib/labels/use-labels";
import { displayItems } from "./display-items";
import classes from "./papers-table.module.css";
import type { PapersTable as PapersTableModel } from "./use-papers-table";

const ESTIMATED_ROW_HEIGHT = 64;

export function PapersTable({ table, grouped }: { table: PapersTableModel; grouped: boolean }) {
  const { t } = useTranslation("explorer");
  const labels = useLabels();
  const navigate = useNavigate();
  const openId = useParams({ strict: false, select: (params) => params.paperId });
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const items = displayItems(
    rows.map((row) => row.original),
    grouped,
  );
  // Roving focus: one row is in the tab order; arrow keys move between rows.
  const [focusIndex, setFocusIndex] = useState(0);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => {
      const item = items[index];
      return item?.type === "paper" ? item.paper.id : `group:${item?.chapter}`;
    },
  });
  const virtualItems = virtualizer.getVirtualItems();
  const paddingTop = virtualItems[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;

  const open = (paper: Paper) =>
    void navigate({ to: "/papers/$paperId", params: { paperId: paper.id }, search: (prev) => prev });

  const focusItem = (index: number) => {
    const clamped = Math.max(0, Math.min(items.length - 1, index));
    setFocusIndex(clamped);
    virtualizer.scrollToIndex(clamped, { align: "auto" });
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-item-index="${clamped}"]`)?.focus(),
    );
  };

  const onRowKeyDown = (event: KeyboardEvent, index: number, paper: Paper) => {
    if (event.target !== event.currentTarget) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(index + (moves[event.key] ?? 0));
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      focusItem(event.key === "Home" ? 0 : items.length - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      open(paper);
    } else if (event.key === " ") {
      event.preventDefault();
      table.getRow(paper.id).toggleSelected();
    }
  };

  return (
    <div ref={scrollRef} className={classes.scroller} data-testid="papers-scroller">
      <Table
        stickyHeader
        highlightOnHover
        className={classes.table}
        aria-label={t("table")}
        aria-rowcount={rows.length + 1}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <Table.Th
                    key={header.id}
                    className={classes[`col-${header.column.id}`]}
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <UnstyledButton onClick={header.column.getToggleSortingHandler()} className={classes.sortButton}>
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">{sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : " ↕"}</span>
                      </UnstyledButton>
                    ) : header.column.id === "select" ? (
                      <VisuallyHidden>
                        <table.FlexRender header={header} />
                      </VisuallyHidden>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && <tr style={{ height: paddingTop }} />}
          {virtualItems.map((virtualItem) => {
            const item = items[virtualItem.index];
            if (!item) return null;
            if (item.type === "group") {
              return (
                <Table.Tr
                  key={virtualItem.key}
                  data-index={virtualItem.index}
                  ref={virtualizer.measureElement}
                  className={classes.groupRow}
                >
                  <Table.Th colSpan={columnCount} scope="colgroup">
                    <Text fw={700} size="sm">
                      {t("groupHeading", { chapter: labels.chapter(item.chapter), count: item.count })}
                    </Text>
                  </Table.Th>
                </Table.Tr>
              );
            }
            const row = table.getRow(item.paper.id);
            return (
              <Table.Tr
                key={virtualItem.key}
                data-index={virtualItem.index}
                data-item-index={virtualItem.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.rowIndex + 2}
                aria-selected={row.getIsSelected()}
                aria-current={openId === item.paper.id ? "true" : undefined}
                tabIndex={virtualItem.index === focusIndex ? 0 : -1}
                className={classes.row}
                data-open={openId === item.paper.id || undefined}
                onClick={() => open(item.paper)}
                onFocus={() => setFocusIndex(virtualItem.index)}
                onKeyDown={(event) => onRowKeyDown(event, virtualItem.index, item.paper)}
              >
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id} className={classes[`col-${cell.column.id}`]}>
                    <table.FlexRender cell={cell} />
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 && <tr style={{ height: paddingBottom }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}
