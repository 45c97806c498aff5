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
