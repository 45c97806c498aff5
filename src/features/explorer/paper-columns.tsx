import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { Paper } from "../../lib/dataset/schema";
import { useCellText } from "./cell-text";
import { InstitutionsCell, LinksCell, ModalitiesCell, NameCell } from "./paper-cells";
import classes from "./paper-cells.module.css";

export const tableFeaturesSet = tableFeatures({ rowSortingFeature, columnVisibilityFeature, rowSelectionFeature });

const helper = createColumnHelper<typeof tableFeaturesSet, Paper>();

export type ColumnId = "select" | "name" | "chapter" | "institutions" | "modalities" | "kind" | "published" | "links";
export const HIDEABLE_COLUMNS: ColumnId[] = ["chapter", "institutions", "modalities", "kind", "published", "links"];

function ColumnTitle({ id }: { id: ColumnId }) {
  return <>{useCellText().t(`columns.${id}`)}</>;
}

function ChapterName({ id }: { id: string }) {
  return <>{useCellText().labels.chapter(id)}</>;
}

function KindName({ kind }: { kind: Paper["kind"] }) {
  return <>{useCellText().labels.kind(kind)}</>;
}

function SelectCell({
  paper,
  checked,
  disabled,
  onChange,
}: {
  paper: Paper;
  checked: boolean;
  disabled: boolean;
  onChange: () => void;
}) {
  const { t } = useCellText();
  return (
    <input
      type="checkbox"
      className={classes.checkbox}
      checked={checked}
      disabled={disabled}
      onChange={onChange}
      onKeyDown={(event) => event.stopPropagation()}
      aria-label={t("row.selectForCompare", { name: paper.name })}
    />
  );
}

export const paperColumns = helper.columns([
  helper.display({
    id: "select",
    header: () => <ColumnTitle id="select" />,
    enableHiding: false,
    cell: ({ row }) => (
      <SelectCell
        paper={row.original}
        checked={row.getIsSelected()}
        disabled={!row.getCanSelect()}
        onChange={() => row.toggleSelected()}
      />
    ),
  }),
  helper.accessor("name", {
    header: () => <ColumnTitle id="name" />,
    enableHiding: false,
    cell: ({ row }) => <NameCell paper={row.original} />,
  }),
  helper.accessor("chapter", {
    header: () => <ColumnTitle id="chapter" />,
    cell: ({ getValue }) => <ChapterName id={getValue()} />,
  }),
  helper.accessor("institutions", {
    header: () => <ColumnTitle id="institutions" />,
    enableSorting: false,
    cell: ({ row }) => <InstitutionsCell paper={row.original} />,
  }),
  helper.accessor("modalities", {
    header: () => <ColumnTitle id="modalities" />,
    enableSorting: false,
    cell: ({ row }) => <ModalitiesCell paper={row.original} />,
  }),
  helper.accessor("kind", {
    header: () => <ColumnTitle id="kind" />,
    cell: ({ getValue }) => <KindName kind={getValue()} />,
  }),
  helper.accessor("published", {
    header: () => <ColumnTitle id="published" />,
    cell: ({ getValue }) => getValue() ?? "—",
  }),
  helper.display({
    id: "links",
    header: () => <ColumnTitle id="links" />,
    cell: ({ row }) => <LinksCell paper={row.original} />,
  }),
]);
