import { useNavigate } from "@tanstack/react-router";
import { type FilterParam, filterOf } from "../../lib/filters/filters";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { ChartFigure } from "./chart-figure";
import { CountBarChart } from "./count-bar-chart";
import { NumbersTable } from "./numbers-table";
import type { Count } from "./stats-data";
import { narrowTo } from "./table-search";
import "./i18n";

interface FacetChartProps {
  facet: FilterParam;
  counts: Count[];
  title: string;
  description?: string;
  column: string;
  color?: (value: string) => string | undefined;
}

/** Papers per value of one facet; a bar opens the table narrowed to that value. */
export function FacetChart({ facet, counts, title, description, column, color }: FacetChartProps) {
  const { t } = useTranslation("stats");
  const labels = useLabels();
  const navigate = useNavigate();
  const bars = counts.map(({ value, count }) => ({
    key: value,
    label: filterOf(facet).label(value, labels),
    count,
    color: color?.(value),
  }));
  const rows = bars.map((bar) => ({ ...bar, search: narrowTo(facet, [bar.key]) }));
  return (
    <ChartFigure
      title={title}
      description={description ?? t("clickHint")}
      numbers={(shown) => <NumbersTable caption={title} column={column} rows={rows} shown={shown} />}
    >
      <CountBarChart bars={bars} onPick={(value) => void navigate({ to: "/", search: narrowTo(facet, [value]) })} />
    </ChartFigure>
  );
}
