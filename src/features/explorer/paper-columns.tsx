import {
  type ColumnDef,
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { Paper } from "../../lib/dataset/schema";
import type { ColumnId } from "./paper-cells";
import { useTableText } from "./table-text";

export const tableFeaturesSet = tableFeatures({ rowSortingFeature, columnVisibilityFeature });

const helper = createColumnHelper<typeof tableFeaturesSet, Paper>();

export const HIDEABLE_COLUMNS: ColumnId[] = [
  "star",
  "chapter",
  "institutions",
  "authors",
  "modalities",
  "kind",
  "published",
  "digest",
  "status",
  "links",
];

/** Columns that start hidden until the reader shows them from the column menu. */
export const HIDDEN_BY_DEFAULT: Partial<Record<ColumnId, boolean>> = { authors: false, digest: false };

/** A column's width: in pixels, or a share of the table's width. */
type ColumnWidth = { px: number } | { share: number };

/**
 * Every column's width but the paper's, which takes what the others leave. Columns with a sort
 * button are wide enough for their label and its indicator in English (the longer language).
 */
const COLUMN_WIDTHS: Record<Exclude<ColumnId, "name">, ColumnWidth> = {
  select: { px: 40 },
  star: { px: 36 },
  chapter: { px: 124 },
  institutions: { share: 0.22 },
  authors: { share: 0.14 },
  modalities: { share: 0.09 },
  kind: { px: 96 },
  published: { px: 124 },
  digest: { px: 124 },
  status: { px: 112 },
  links: { px: 96 },
};

/** The least the paper's name and title get: past it, the table scrolls sideways instead. */
const NAME_MIN_WIDTH = 120;

/** A column's width as CSS; none for the paper's name. */
export function columnWidth(id: ColumnId): string | undefined {
  if (id === "name") return undefined;
  const width = COLUMN_WIDTHS[id];
  return "px" in width ? `${width.px}px` : `${width.share * 100}%`;
}

/** The table's least width with these columns shown: the others' widths plus the name's minimum. */
export function tableMinWidth(columns: readonly ColumnId[]): number {
  let px = NAME_MIN_WIDTH;
  let share = 0;
  for (const id of columns) {
    if (id === "name") continue;
    const width = COLUMN_WIDTHS[id];
    if ("px" in width) px += width.px;
    else share += width.share;
  }
  return Math.ceil(px / (1 - share));
}

function ColumnTitle({ id }: { id: ColumnId }) {
  return <>{useTableText().t(`columns.${id}`)}</>;
}

/**
 * The table's columns, for headers, sorting and visibility. The body renders each visible column
 * with its cell from `CELLS`: the table virtualises its own rows.
 */
export const paperColumns: ColumnDef<typeof tableFeaturesSet, Paper>[] = helper.columns([
  helper.display({ id: "select", header: () => <ColumnTitle id="select" />, enableHiding: false }),
  helper.display({ id: "star", header: () => <ColumnTitle id="star" /> }),
  helper.accessor("name", { header: () => <ColumnTitle id="name" />, enableHiding: false }),
  helper.accessor("chapter", { header: () => <ColumnTitle id="chapter" /> }),
  helper.accessor("institutions", { header: () => <ColumnTitle id="institutions" />, enableSorting: false }),
  helper.accessor("authors", { header: () => <ColumnTitle id="authors" />, enableSorting: false }),
  helper.accessor("modalities", { header: () => <ColumnTitle id="modalities" />, enableSorting: false }),
  helper.accessor("kind", { header: () => <ColumnTitle id="kind" /> }),
  helper.accessor("published", { header: () => <ColumnTitle id="published" /> }),
  helper.accessor("digest", { header: () => <ColumnTitle id="digest" /> }),
  helper.display({ id: "status", header: () => <ColumnTitle id="status" /> }),
  helper.display({ id: "links", header: () => <ColumnTitle id="links" /> }),
]);
