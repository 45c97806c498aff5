import { Table, VisuallyHidden } from "@mantine/core";
import { AnchorLink } from "../../components/anchor-link";
import { useTranslation } from "../../lib/i18n/use-translation";
import type { RawView } from "../../lib/view/view";
import "./i18n";

export interface NumbersRow {
  key: string;
  label: string;
  count: number;
  /** Extra detail, such as the split by chapter. */
  detail?: string;
  /** The table narrowed to this row's papers; none where no filter selects them. */
  search?: (prev: RawView) => RawView;
}

interface NumbersTableProps {
  caption: string;
  column: string;
  rows: NumbersRow[];
  detailColumn?: string;
  /** Shown: a visible table whose rows link to the papers. Hidden: text for screen readers only. */
  shown: boolean;
}

/** A chart's numbers as a table: what a screen reader reads, and the keyboard's way to filter. */
export function NumbersTable({ caption, column, rows, detailColumn, shown }: NumbersTableProps) {
  const { t } = useTranslation("stats");
  const table = (
    <Table striped withTableBorder fz="sm" mt="sm">
      <VisuallyHidden component="caption">{caption}</VisuallyHidden>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{column}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t("papersColumn")}
          </Table.Th>
          {detailColumn && <Table.Th scope="col">{detailColumn}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" fw={400}>
              {shown && row.search ? (
                <AnchorLink
                  to="/"
                  search={row.search}
                  aria-label={t("showPapers", { count: row.count, name: row.label })}
                >
                  {row.label}
                </AnchorLink>
              ) : (
                row.label
              )}
            </Table.Th>
            <Table.Td ta="right">{row.count}</Table.Td>
            {detailColumn && <Table.Td>{row.detail}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return shown ? table : <VisuallyHidden>{table}</VisuallyHidden>;
}
