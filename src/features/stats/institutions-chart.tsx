import { BarChart } from "@mantine/charts";
import { useNavigate } from "@tanstack/react-router";
import type { LabelProps } from "recharts";
import type { Chapter } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { ChartFigure } from "./chart-figure";
import { ChartLegend } from "./chart-legend";
import { NumbersTable } from "./numbers-table";
import classes from "./stats.module.css";
import type { InstitutionCount } from "./stats-data";
import { narrowTo } from "./table-search";
import { useChartLayout } from "./use-chart-layout";
import "./i18n";

interface InstitutionsChartProps {
  institutions: InstitutionCount[];
  /** All chapters in digest order, for stable colours. */
  chapters: Chapter[];
  chapterColor: (id: string) => string;
}

/** The institutions with the most papers as bars stacked by chapter; a bar opens its papers. */
export function InstitutionsChart({ institutions, chapters, chapterColor }: InstitutionsChartProps) {
  const { t } = useTranslation("stats");
  const labels = useLabels();
  const navigate = useNavigate();
  const { yAxisProps } = useChartLayout();
  const present = chapters.filter((chapter) => institutions.some((inst) => inst.byChapter.has(chapter.id)));
  const series = present.map((chapter) => ({
    name: chapter.id,
    label: labels.chapter(chapter.id),
    color: chapterColor(chapter.id),
  }));
  const data = institutions.map((inst) => ({
    label: labels.institution(inst.value),
    ...Object.fromEntries(inst.byChapter),
  }));
  // Each bar's total at its end, drawn beside the bar's last segment (segments stack in series order).
  const lastSegment = institutions.map((inst) => present.findLast((chapter) => inst.byChapter.has(chapter.id))?.id);
  const total = (series: string) => (props: LabelProps) => {
    const index = props.index ?? -1;
    const inst = institutions[index];
    if (!inst || lastSegment[index] !== series) return null;
    return (
      <text
        x={Number(props.x) + Number(props.width) + 6}
        y={Number(props.y) + Number(props.height) / 2}
        dominantBaseline="central"
        fontSize={12}
        fill="var(--chart-bar-label-color)"
      >
        {inst.count}
      </text>
    );
  };
  const rows = institutions.map((inst) => ({
    key: inst.value,
    label: labels.institution(inst.value),
    count: inst.count,
    detail: present
      .filter((chapter) => inst.byChapter.has(chapter.id))
      .map((chapter) => `${labels.chapter(chapter.id)} ${inst.byChapter.get(chapter.id)}`)
      .join(", "),
    search: narrowTo("inst", [inst.value]),
  }));
  return (
    <ChartFigure
      title={t("charts.institutions.title")}
      description={t("charts.institutions.description", { count: institutions.length })}
      numbers={(shown) => (
        <NumbersTable
          caption={t("charts.institutions.title")}
          column={t("charts.institutions.column")}
          detailColumn={t("charts.chapters.column")}
          rows={rows}
          shown={shown}
        />
      )}
    >
      <BarChart
        h={institutions.length * 34 + 20}
        mt="sm"
        className={classes.chart}
        data={data}
        dataKey="label"
        type="stacked"
        orientation="vertical"
        series={series}
        gridAxis="none"
        withXAxis={false}
        accessibilityLayer={false}
        yAxisProps={yAxisProps}
        maxBarWidth={24}
        barChartProps={{ margin: { right: 28 } }}
        withBarValueLabel
        valueLabelProps={(item) => ({ content: total(item.name) })}
        barProps={{
          cursor: "pointer",
          onClick: (_, index) => {
            const inst = institutions[index];
            if (inst) void navigate({ to: "/", search: narrowTo("inst", [inst.value]) });
          },
        }}
      />
      <ChartLegend items={series.map((item) => ({ key: item.name, label: item.label, color: item.color }))} />
    </ChartFigure>
  );
}
