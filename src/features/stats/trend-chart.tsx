import { BarChart } from "@mantine/charts";
import { SimpleGrid, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { type FilterParam, filterOf } from "../../lib/filters/filters";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { ChartFigure } from "./chart-figure";
import classes from "./stats.module.css";
import { narrowToEach } from "./table-search";
import { TrendTable } from "./trend-table";
import type { Trends } from "./trends-data";
import "./i18n";

interface TrendChartProps {
  param: FilterParam;
  trends: Trends;
  title: string;
  description: string;
  /** The numbers table's first column: what each line is. */
  column: string;
  color: (value: string) => string;
}

/**
 * Small multiples, one per value (a chapter, an institution): its papers in each digest, all on
 * one scale so they compare at a glance. A bar opens the table narrowed to that value and digest.
 */
export function TrendChart({ param, trends, title, description, column, color }: TrendChartProps) {
  const { t } = useTranslation("stats");
  const labels = useLabels();
  const navigate = useNavigate();
  const { digests } = trends;
  const highest = Math.max(1, ...trends.trends.flatMap((trend) => trend.counts));
  // A year's months leave room for each bar's number above it; more would crowd (the tooltip and table have them).
  const labelled = digests.length <= 12;
  const open = (value: string, digest: string | undefined) => {
    if (digest) void navigate({ to: "/", search: narrowToEach({ [param]: [value], digest: [digest] }) });
  };
  return (
    <ChartFigure
      title={title}
      description={description}
      numbers={(shown) => <TrendTable caption={title} column={column} param={param} trends={trends} shown={shown} />}
    >
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" mt="sm">
        {trends.trends.map((trend) => (
          <div key={trend.value} data-testid={`trend-${param}-${trend.value}`}>
            <Text size="xs" fw={500} truncate="end">
              {filterOf(param).label(trend.value, labels)}
            </Text>
            <BarChart
              h={110}
              className={classes.chart}
              data={digests.map((digest, i) => ({ digest, count: trend.counts[i] ?? 0 }))}
              dataKey="digest"
              series={[{ name: "count", label: t("papersColumn"), color: color(trend.value) }]}
              gridAxis="none"
              withYAxis={false}
              yAxisProps={{ domain: [0, highest] }}
              xAxisProps={{ tick: { fontSize: 10, fill: "currentColor" }, height: 18 }}
              tickLine="none"
              accessibilityLayer={false}
              withBarValueLabel={labelled}
              valueFormatter={(count) => String(count)}
              barChartProps={{ margin: { top: labelled ? 16 : 4, right: 4, bottom: 0, left: 4 } }}
              barProps={{ cursor: "pointer", onClick: (_, index) => open(trend.value, digests[index]) }}
            />
          </div>
        ))}
      </SimpleGrid>
    </ChartFigure>
  );
}
