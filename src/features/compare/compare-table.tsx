import { Badge, Group, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconCheck, IconEqual, IconEqualNot } from "@tabler/icons-react";
import { useNarrowScreen } from "../../components/use-narrow-screen";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { useLocale } from "../../lib/locale/use-locale";
import { isTagField } from "../../lib/paper-fields/paper-fields";
import { CompareCell } from "./compare-cells";
import { CompareColumnHeader } from "./compare-column-header";
import type { CompareRow } from "./compare-rows";
import classes from "./compare-table.module.css";

interface CompareTableProps {
  papers: Paper[];
  rows: CompareRow[];
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
}

function RowStatus({ row }: { row: CompareRow }) {
  const { t } = useTranslation("compare");
  // Free text (summaries, results, links) nearly always differs; only say so for comparable facts.
  if (!row.identical && !isTagField(row.key)) return null;
  return (
    <Group gap={4} wrap="nowrap" c={row.identical ? "dimmed" : undefined} mt={2}>
      {row.identical ? (
        <IconEqual size={14} aria-hidden="true" />
      ) : (
        <IconEqualNot size={14} aria-hidden="true" className={classes.differsIcon} />
      )}
      <Text size="xs" fw={500} inherit>
        {row.identical ? t("status.same") : t("status.differs")}
      </Text>
    </Group>
  );
}

// On a phone the row labels take less room, so one paper's column and the next one's edge fit beside them.
const COLUMN_WIDTHS = { wide: { label: 150, paper: 220 }, narrow: { label: 96, paper: 200 } };

/** The compared papers in columns and their attributes in aligned rows. */
export function CompareTable({ papers, rows, onMove, onRemove }: CompareTableProps) {
  const { t } = useTranslation("compare");
  const labels = useLabels();
  const names = useLocale().list(papers.map((p) => p.name));
  const comparable = papers.length >= 2;
  const { label, paper: paperWidth } = COLUMN_WIDTHS[useNarrowScreen() ? "narrow" : "wide"];
  return (
    <>
      {comparable && (
        <Group gap="md" c="dimmed">
          <Group gap={4}>
            <Badge
              variant="light"
              color="teal"
              size="sm"
              tt="none"
              className={classes.shared}
              leftSection={<IconCheck size={12} aria-hidden="true" />}
            >
              {t("legend.shared")}
            </Badge>
          </Group>
          <Text size="xs">{t("legend.differs")}</Text>
        </Group>
      )}
      <Table.ScrollContainer minWidth={label + papers.length * paperWidth} type="native" className={classes.scroller}>
        <Table className={classes.table} withColumnBorders verticalSpacing="sm">
          <caption>
            <VisuallyHidden>{t("caption", { names })}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Td className={classes.rowHeader} w={label}>
                <VisuallyHidden>{t("attribute")}</VisuallyHidden>
              </Table.Td>
              {papers.map((paper, i) => (
                <Table.Th key={paper.id} scope="col">
                  <CompareColumnHeader
                    paper={paper}
                    canMoveLeft={i > 0}
                    canMoveRight={i < papers.length - 1}
                    onMove={(by) => onMove(paper.id, by)}
                    onRemove={() => onRemove(paper.id)}
                  />
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={row.key}
                className={classes.row}
                data-identical={(comparable && row.identical) || undefined}
                data-differs={(comparable && !row.identical && isTagField(row.key)) || undefined}
              >
                <Table.Th scope="row" className={classes.rowHeader}>
                  <Text size="sm" fw={600}>
                    {labels.field(row.key)}
                  </Text>
                  {comparable && <RowStatus row={row} />}
                </Table.Th>
                {papers.map((paper) => (
                  <Table.Td key={paper.id}>
                    <CompareCell paper={paper} row={row.key} shared={row.shared} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
