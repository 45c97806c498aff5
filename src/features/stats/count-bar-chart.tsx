import { BarChart } from "@mantine/charts";
import { useTranslation } from "../../lib/i18n/use-translation";
import { BAR_COLOR } from "./chart-colors";
import classes from "./stats.module.css";
import { useChartLayout } from "./use-chart-layout";
import "./i18n";

export interface Bar {
  key: string;
  label: string;
  count: number;
  color?: string;
}

const ROW_HEIGHT = 34;

/** Horizontal bars (labels stay readable at phone width); clicking a bar picks it. */
export function CountBarChart({ bars, onPick }: { bars: Bar[]; onPick: (key: string) => void }) {
  const { t } = useTranslation("stats");
  const { yAxisProps } = useChartLayout();
  const pick = (index: number) => {
    const bar = bars[index];
    if (bar) onPick(bar.key);
  };
  return (
    <BarChart
      h={bars.length * ROW_HEIGHT + 40}
      mt="sm"
      className={classes.chart}
      barChartProps={{ margin: { right: 28 } }}
      data={bars}
      dataKey="label"
      orientation="vertical"
      series={[{ name: "count", label: t("papersColumn"), color: BAR_COLOR }]}
      gridAxis="none"
      withXAxis={false}
      withBarValueLabel
      valueFormatter={(value) => String(value)}
      accessibilityLayer={false}
      yAxisProps={yAxisProps}
      maxBarWidth={24}
      minBarSize={6}
      barProps={{ cursor: "pointer", onClick: (_, index) => pick(index) }}
    />
  );
}
