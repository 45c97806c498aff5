import { Table, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, type MouseEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Paper } from "../../lib/dataset/schema";
import { useLabels } from "../../lib/labels/use-labels";
import { highlightTerms } from "../../lib/search/cjk-tokenizer";
import { CellTextContext } from "./cell-text";
import { displayItems } from "./display-items";
import { PaperRow } from "./paper-row";
import classes from "./papers-table.module.css";
import { usePapersTable } from "./use-papers-table";

// Fixed heights (cells clamp their content) let the virtualiser place rows without measuring them.
const ROW_HEIGHT = 68;
const GROUP_ROW_HEIGHT = 40;
const KEY_MOVES: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

interface PapersTableProps {
  /** Every paper of the view, in display order. */
  papers: Paper[];
  grouped: boolean;
  besidePane: boolean;
}

export function PapersTable({ papers, grouped, besidePane }: PapersTableProps) {
  const { t } = useTranslation("explorer");
  const labels = useLabels();
  const q = useSearch({ from: "__root__", select: (search) => search.q });
  const cellText = useMemo(() => ({ t, labels, terms: q ? highlightTerms(q) : [] }), [t, labels, q]);
  const navigate = useNavigate();
  const openId = useParams({ strict: false, select: (params) => params.paperId });
  const scrollRef = useRef<HTMLDivElement>(null);
  const items = useMemo(() => displayItems(papers, grouped), [papers, grouped]);
  // Roving focus: one row is in the tab order; arrow keys move between rows.
  const [focusIndex, setFocusIndex] = useState(0);

  // Stable callbacks: the virtualiser re-measures every row (100,000 at scale) when they change.
  const estimateSize = useCallback(
    (index: number) => (items.at(index)?.type === "group" ? GROUP_ROW_HEIGHT : ROW_HEIGHT),
    [items],
  );
  const getItemKey = useCallback(
    (index: number) => {
      const item = items.at(index);
      return item?.type === "paper" ? item.paper.id : `group:${item?.chapter}`;
    },
    [items],
  );
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const virtualizer = useVirtualizer({ count: items.length, getScrollElement, estimateSize, overscan: 6, getItemKey });
  // Stepping through papers in the detail pane keeps the open paper's row in view.
  const openIndex = useMemo(() => (openId === undefined ? -1 : items.indexOf(openId)), [items, openId]);
  useEffect(() => {
    if (openIndex >= 0) virtualizer.scrollToIndex(openIndex, { align: "auto" });
  }, [openIndex, virtualizer]);
  const virtualItems = virtualizer.getVirtualItems();
  // The table model holds only the rows on screen, so its cost does not grow with the dataset.
  const first = virtualItems[0]?.index ?? 0;
  const last = virtualItems.at(-1)?.index ?? -1;
  const windowPapers = useMemo(() => {
    const window: Paper[] = [];
    for (let index = first; index <= last; index++) {
      const item = items.at(index);
      if (item?.type === "paper") window.push(item.paper);
    }
    return window;
  }, [items, first, last]);
  const table = usePapersTable(windowPapers, besidePane);
  const columns = table
    .getVisibleLeafColumns()
    .map((column) => column.id)
    .join(",");
  const paddingTop = virtualItems[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0);

  const itemOf = (target: EventTarget) => {
    const row = (target as HTMLElement).closest<HTMLElement>("tr[data-item-index]");
    const index = Number(row?.dataset.itemIndex);
    const item = items.at(index);
    return item?.type === "paper" ? { index, paper: item.paper, row } : null;
  };
  const open = (paperId: string) =>
    void navigate({ to: "/papers/$paperId", params: { paperId }, search: (prev) => prev });
  const focusItem = (index: number) => {
    const clamped = Math.max(0, Math.min(items.length - 1, index));
    setFocusIndex(clamped);
    const rowAt = () => scrollRef.current?.querySelector<HTMLElement>(`[data-item-index="${clamped}"]`);
    const rendered = rowAt();
    // A rendered row takes focus at once, so fast key presses are never lost; one outside the
    // rendered window is scrolled to first and focused once it exists.
    if (rendered) rendered.focus();
    else {
      virtualizer.scrollToIndex(clamped, { align: "auto" });
      requestAnimationFrame(() => rowAt()?.focus());
    }
  };

  // Rows take no handlers (so they can be memoised); clicks and keys are handled here.
  const onClick = (event: MouseEvent) => {
    const hit = itemOf(event.target);
    if (hit && !(event.target as HTMLElement).closest("a, button, input")) open(hit.paper.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const hit = itemOf(event.target);
    if (!hit || event.target !== hit.row) return;
    if (event.key in KEY_MOVES) focusItem(hit.index + (KEY_MOVES[event.key] ?? 0));
    else if (event.key === "Home" || event.key === "End") focusItem(event.key === "Home" ? 0 : items.length - 1);
    else if (event.key === "Enter") open(hit.paper.id);
    else if (event.key === " ") table.getRow(hit.paper.id).toggleSelected();
    else return;
    event.preventDefault();
  };
  const onFocus = (event: React.FocusEvent) => {
    const hit = itemOf(event.target);
    if (hit && event.target === hit.row) setFocusIndex(hit.index);
  };

  return (
    <div ref={scrollRef} className={classes.scroller} data-testid="papers-scroller">
      <CellTextContext value={cellText}>
        <Table stickyHeader className={classes.table} aria-label={t("table")} aria-rowcount={papers.length + 1}>
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
                        <UnstyledButton
                          onClick={header.column.getToggleSortingHandler()}
                          className={classes.sortButton}
                        >
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
          <Table.Tbody onClick={onClick} onKeyDown={onKeyDown} onFocus={onFocus}>
            {paddingTop > 0 && <tr style={{ height: paddingTop }} />}
            {virtualItems.map((virtualItem) => {
              const item = items.at(virtualItem.index);
              if (!item) return null;
              if (item.type === "group") {
                return (
                  <Table.Tr key={virtualItem.key} className={classes.groupRow}>
                    <Table.Th colSpan={columns.split(",").length} scope="colgroup">
                      {t("groupHeading", { chapter: labels.chapter(item.chapter), count: item.count })}
                    </Table.Th>
                  </Table.Tr>
                );
              }
              return (
                <PaperRow
                  key={virtualItem.key}
                  table={table}
                  paper={item.paper}
                  itemIndex={virtualItem.index}
                  rowIndex={item.rowIndex}
                  selected={table.getRow(item.paper.id).getIsSelected()}
                  canSelect={table.getRow(item.paper.id).getCanSelect()}
                  open={openId === item.paper.id}
                  focusable={virtualItem.index === focusIndex}
                  columns={columns}
                />
              );
            })}
            {paddingBottom > 0 && <tr style={{ height: paddingBottom }} />}
          </Table.Tbody>
        </Table>
      </CellTextContext>
    </div>
  );
}
