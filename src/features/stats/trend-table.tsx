import { Table, VisuallyHidden } from "@mantine/core";
import { AnchorLink } from "../../components/anchor-link";
import { type FilterParam, filterOf } from "../../lib/filters/filters";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { narrowToEach } from "./table-search";
import type { Trends } from "./trends-data";
import "./i18n";

interface TrendTableProps {
  caption: string;
  column: string;
  param: FilterParam;
  trends: Trends;
  /** Shown: a visible table whose counts link to their papers. Hidden: text for screen readers only. */
  shown: boolean;
}

/** A trend chart's numbers: a line per value, a column per digest. */
export function TrendTable({ caption, column, param, trends, shown }: TrendTableProps) {
  const { t } = useTranslation("stats");
  const labels = useLabels();
  const table = (
    <Table.ScrollContainer minWidth={120 + trends.digests.length * 72} type="native">
      <Table striped withTableBorder fz="sm" mt="sm">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{column}</Table.Th>
            {trends.digests.map((digest) => (
              <Table.Th key={digest} scope="col" ta="right">
                {digest}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trends.trends.map((trend) => {
            const name = filterOf(param).label(trend.value, labels);
            return (
              <Table.Tr key={trend.value}>
                <Table.Th scope="row" fw={400}>
                  {name}
                </Table.Th>
                {trends.digests.map((digest, i) => {
                  const count = trend.counts[i] ?? 0;
                  return (
                    <Table.Td key={digest} ta="right">
                      {shown && count > 0 ? (
                        <AnchorLink
                          to="/"
                          search={narrowToEach({ [param]: [trend.value], digest: [digest] })}
                          aria-label={t("trends.showPapers", { count, name, digest: labels.digest(digest) })}
                        >
                          {count}
                        </AnchorLink>
                      ) : (
                        count
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
  return shown ? table : <VisuallyHidden>{table}</VisuallyHidden>;
}
