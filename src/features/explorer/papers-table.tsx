import { useNavigate } from "@tanstack/react-router";
import { type CSSProperties, type KeyboardEvent, type MouseEvent, useEffect, useMemo, useRef, useState } from "react";
import { useNarrowScreen } from "../../components/use-narrow-screen";
import { useOpenPaperId } from "../../components/use-open-paper";
import { MAX_COMPARE, useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import type { LoadedDataset } from "../../lib/dataset/dataset-store";
import { latestDigest } from "../../lib/dataset/paper-digests";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import type { Labels } from "../../lib/labels/labels";
import { useLabels } from "../../lib/labels/use-labels";
import { highlightTerms } from "../../lib/search/tokenizer";
import { shortcutHandler } from "../../lib/shortcuts/shortcut-handler";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { type ColumnId, SHOWN_INSTITUTIONS, secondaryText } from "./paper-cells";
import { tableMinWidth } from "./paper-columns";
import { PaperPreview, PREVIEW_ID } from "./paper-preview";
import { PaperRow, type PaperRowProps } from "./paper-row";
import classes from "./papers-table.module.css";
import { focusOnceRendered, revealLine } from "./reveal-line";
import { rowFilterAt, withRowFilter } from "./row-filter";
import { SpareRows } from "./spare-rows";
import { ROW_HEIGHTS, useTableDensity } from "./table-density-store";
import { TableHeader } from "./table-header";
import { groupsOf, tableLayout } from "./table-layout";
import { TableTextContext, tableText } from "./table-text";
import { usePaperPreview } from "./use-paper-preview";
import { usePapersTable } from "./use-papers-table";
import { useVisibleLines } from "./use-visible-lines";

// Fixed heights (cells clamp their content) let the table place rows without measuring them. On a
// narrow screen each row is a card (name, title, chapter, institutions), taller and as wide as the
// screen, whatever the density. Its stylesheets (the cards in papers-table.module.css, the name's
// line heights in paper-cells.module.css) lay it out with these numbers: padding, the name, two
// lines of title, the line of chapter and institutions, padding and the bottom border.
const CARD_HEIGHT = 8 + (20 + 2 + 2 * 18) + 4 + 20 + 8 + 1;
const GROUP_ROW_HEIGHT = 40;
// Rows kept beyond each edge of the viewport. Every row costs each view change and the first paint
// its share of style, layout and paint (docs/benchmark.md: six rows each side measured slower).
const OVERSCAN = 2;
const PAGE_ROWS = 10;

interface PapersTableProps {
  loaded: LoadedDataset;
  /** The view's papers (positions in the dataset), in display order. */
  rows: Uint32Array;
  grouped: boolean;
}

/** The search terms that occur in what a row shows, so only rows whose highlight changes re-render. */
function termsIn(paper: Paper, labels: Labels, terms: readonly string[]): string {
  if (terms.length === 0) return "";
  const shown = [
    paper.name,
    secondaryText(paper, labels),
    ...paper.institutions.slice(0, SHOWN_INSTITUTIONS).map(labels.institution),
  ]
    .join("\n")
    .toLowerCase();
  return terms.filter((term) => shown.includes(term)).join("\u0000");
}

export function PapersTable({ loaded, rows, grouped }: PapersTableProps) {
  const { t } = useTranslation("explorer");
  const labels = useLabels();
  const text = useMemo(() => tableText(t, labels, latestDigest(loaded.dataset)), [t, labels, loaded]);
  const q = useView((view) => view.q);
  const updateView = useUpdateView();
  const terms = useMemo(() => highlightTerms(q), [q]);
  const navigate = useNavigate();
  const openId = useOpenPaperId();
  const trayIds = useCompareTray((state) => state.ids);
  const scrollRef = useRef<HTMLDivElement>(null);
  const density = useTableDensity((state) => state.density);
  const papers = loaded.dataset.papers;
  const cards = useNarrowScreen();
  const rowHeight = cards ? CARD_HEIGHT : ROW_HEIGHTS[density];
  const layout = useMemo(
    () =>
      tableLayout(
        rows.length,
        grouped ? groupsOf(rows, loaded.indexes.chapterRank) : null,
        rowHeight,
        GROUP_ROW_HEIGHT,
      ),
    [rows, grouped, loaded, rowHeight],
  );
  const { first, last, firstInView, lastInView, unscrolled, viewportHeight } = useVisibleLines(
    scrollRef,
    layout,
    OVERSCAN,
  );
  const [spareRows] = useState(() => new SpareRows<PaperRowProps>());
  // Roving focus: one row is in the tab order; arrow keys move between rows.
  const [focusLine, setFocusLine] = useState(0);
  const table = usePapersTable();
  const columnIds = table.getVisibleLeafColumns().map((column) => column.id);
  const columns = columnIds.join(",");

  // The open paper's row is brought into view however the pane opened (a link, quick find, j/k).
  const openPosition = openId === undefined ? undefined : loaded.indexes.paperIndexById.get(openId);
  const openLine = useMemo(() => {
    const row = openPosition === undefined ? -1 : rows.indexOf(openPosition);
    return row === -1 ? -1 : layout.lineOfRow(row);
  }, [rows, layout, openPosition]);
  // After a navigation the router puts the scroller back where it was (its scroll restoration) once
  // the new location has rendered, so the row is revealed a frame later.
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || openLine < 0) return;
    const frame = requestAnimationFrame(() => revealLine(scroller, layout, openLine, rowHeight));
    return () => cancelAnimationFrame(frame);
  }, [openLine, layout, rowHeight]);

  const { preview, showFor, hide, hoverHandlers } = usePaperPreview((target) => hitOf(target)?.paper.id);
  const paperAt = (line: number) => {
    const item = layout.lineAt(line);
    return item?.type === "paper" ? papers[rows[item.row] as number] : undefined;
  };
  const hitOf = (target: EventTarget) => {
    const row = (target as HTMLElement).closest<HTMLElement>("tr[data-item-index]");
    const line = Number(row?.dataset.itemIndex);
    const paper = paperAt(line);
    return paper && row ? { line, paper, row } : null;
  };
  const open = (paperId: string) => {
    hide();
    void navigate({ to: "/papers/$paperId", params: { paperId } });
  };
  const focusLineAt = (line: number) => {
    const clamped = Math.max(0, Math.min(layout.length - 1, line));
    setFocusLine(clamped);
    const scroller = scrollRef.current;
    if (!scroller) return;
    // Scrolled by the layout, not by the browser's focus scrolling, which leaves rows under the header.
    revealLine(scroller, layout, clamped, rowHeight);
    // A rendered row takes focus at once, so fast key presses are never lost; one outside the
    // rendered window is focused once it exists.
    focusOnceRendered(scroller, `tr[data-item-index="${clamped}"]`);
  };

  // Closing the pane unmounts what had focus: it goes back to the paper's row, not to <body>, unless
  // the reader is typing (Back pressed in the search box, say).
  const lastOpen = useRef(openId);
  useEffect(() => {
    const closed = lastOpen.current;
    lastOpen.current = openId;
    if (openId !== undefined || closed === undefined) return;
    if (document.activeElement?.matches("input:not([type=checkbox]), textarea, [contenteditable]")) return;
    const position = loaded.indexes.paperIndexById.get(closed);
    const row = position === undefined ? -1 : rows.indexOf(position);
    if (row < 0) return;
    const line = layout.lineOfRow(row);
    // A frame later, like the reveal above: the router's scroll restoration runs first. Not
    // cancelled by the next render (this effect runs after every one); unmounted, it does nothing.
    requestAnimationFrame(() => focusLineAt(line));
  });

  // Rows take no handlers (so they can be memoised); clicks and keys are handled here.
  const previewPaper = preview ? papers[loaded.indexes.paperIndexById.get(preview.paperId) ?? -1] : undefined;
  const onClick = (event: MouseEvent) => {
    hide();
    const filter = rowFilterAt(event.target as Element);
    if (filter) {
      const add = event.ctrlKey || event.metaKey || event.shiftKey;
      updateView((view) => withRowFilter(view, filter, add));
      return;
    }
    const hit = hitOf(event.target);
    if (hit && !(event.target as HTMLElement).closest("a, button, input, select")) open(hit.paper.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") hide();
    const hit = hitOf(event.target);
    if (!hit || event.target !== hit.row) return;
    // The registry (src/lib/shortcuts) says which key is which action.
    shortcutHandler("table", {
      previousRow: () => focusLineAt(hit.line - 1),
      nextRow: () => focusLineAt(hit.line + 1),
      pageUp: () => focusLineAt(hit.line - PAGE_ROWS),
      pageDown: () => focusLineAt(hit.line + PAGE_ROWS),
      firstRow: () => focusLineAt(0),
      lastRow: () => focusLineAt(layout.length - 1),
      openRow: () => open(hit.paper.id),
      selectRow: () => useCompareTray.getState().toggle(hit.paper.id),
    })(event);
  };
  const onFocus = (event: React.FocusEvent) => {
    const hit = hitOf(event.target);
    if (!hit || event.target !== hit.row) return;
    setFocusLine(hit.line);
    // The card is for readers moving by keyboard. Focus given back to the row after a tap or a click
    // (closing the paper's page or pane) does not show as keyboard focus, and opens no card.
    if (hit.row.matches(":focus-visible")) showFor(hit.paper.id, hit.row, "focus");
  };
  const onBlur = (event: React.FocusEvent) => {
    if (hitOf(event.target)?.row === event.target) hide();
  };

  const paddingTop = last >= first ? layout.top(first) : 0;
  const paddingBottom =
    last >= first
      ? layout.height - layout.top(last) - (layout.lineAt(last)?.type === "group" ? GROUP_ROW_HEIGHT : rowHeight)
      : 0;
  // The stylesheet sizes rows from the same number the layout places them with.
  const heightStyle: CSSProperties & Record<"--row-height" | "--group-row-height", string> = {
    "--row-height": `${rowHeight}px`,
    "--group-row-height": `${GROUP_ROW_HEIGHT}px`,
    // However many columns are shown, the paper's name keeps its room: the table scrolls sideways.
    minWidth: cards ? undefined : tableMinWidth(columnIds as ColumnId[]),
  };
  const trayFull = trayIds.length >= MAX_COMPARE;
  const lines = [];
  const shownRows = new Map<number, PaperRowProps>();
  for (let line = first; line <= last; line++) {
    const item = layout.lineAt(line);
    if (!item) continue;
    if (item.type === "group") {
      const group = layout.groups[item.group];
      const chapter = group ? papers[rows[group.start] as number]?.chapter : undefined;
      if (!group || chapter === undefined) continue;
      lines.push(
        <tr key={`group:${chapter}`} className={classes.groupRow}>
          <th colSpan={columnIds.length} scope="colgroup">
            {t("groupHeading", { chapter: labels.chapter(chapter), count: group.count })}
          </th>
        </tr>,
      );
      continue;
    }
    const paper = papers[rows[item.row] as number];
    if (!paper) continue;
    const selected = trayIds.includes(paper.id);
    const row: PaperRowProps = {
      paper,
      line,
      row: item.row,
      selected,
      canSelect: selected || !trayFull,
      open: openId === paper.id,
      focusable: line === focusLine,
      offscreen: unscrolled && (line < firstInView || line > lastInView),
      columns,
      terms: termsIn(paper, labels, terms),
      describedBy: preview?.paperId === paper.id ? PREVIEW_ID : undefined,
    };
    shownRows.set(line, row);
    // Keyed by line, not paper: a new view reuses the rows on screen and swaps their text, which
    // costs the browser far less than building new rows; scrolling still adds one row at a time.
    lines.push(<PaperRow key={line} {...row} />);
  }
  // A view shorter than the viewport (it then starts at the top) leaves lines empty: their rows
  // stay, hidden (spare-rows.ts).
  const fillTo = first === 0 ? Math.ceil(viewportHeight / rowHeight) + OVERSCAN : 0;
  for (const [line, row] of spareRows.update(shownRows, last, fillTo)) {
    lines.push(<PaperRow key={line} {...row} spare />);
  }

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      data-testid="papers-scroller"
      onScroll={preview ? hide : undefined}
    >
      <TableTextContext value={text}>
        <table
          className={classes.table}
          aria-label={t("table")}
          aria-rowcount={rows.length + 1}
          data-density={cards ? undefined : density}
          data-layout={cards ? "cards" : undefined}
          style={heightStyle}
        >
          <TableHeader
            table={table}
            columns={columns}
            sorting={table.state.sorting.map((sort) => `${sort.id}:${sort.desc}`).join(",")}
            cards={cards}
          />
          <tbody onClick={onClick} onKeyDown={onKeyDown} onFocus={onFocus} onBlur={onBlur} {...hoverHandlers}>
            {paddingTop > 0 && <tr style={{ height: paddingTop }} />}
            {lines}
            {paddingBottom > 0 && <tr style={{ height: paddingBottom }} />}
          </tbody>
        </table>
      </TableTextContext>
      {preview && previewPaper && <PaperPreview paper={previewPaper} anchor={preview.anchor} onLeave={hide} />}
    </div>
  );
}
