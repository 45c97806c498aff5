import "@mantine/charts/styles.css";
import { SimpleGrid, Stack } from "@mantine/core";
import { useMemo } from "react";
import type { LoadedDataset } from "../../lib/dataset/dataset-store";
import { useTranslation } from "../../lib/i18n/use-translation";
import { ACADEMIA_COLOR, BAR_COLOR, INDUSTRY_COLOR, seriesColor } from "./chart-colors";
import { buildCollaboration } from "./collaboration";
import { CollaborationFigure } from "./collaboration-figure";
import { FacetChart } from "./facet-chart";
import { InstitutionsChart } from "./institutions-chart";
import { ReadingProgressFigure } from "./reading-progress-figure";
import classes from "./stats.module.css";
import { chapterCounts, countBothSectors, countFacet, topInstitutions } from "./stats-data";
import "./i18n";
import { TrendChart } from "./trend-chart";
import { archiveDigests, digestTrends } from "./trends-data";

const TOP_INSTITUTIONS = 10;
/** Fewer institutions over time than in the bar chart: each is a small chart of its own. */
const TOP_TREND_INSTITUTIONS = 5;

/** Every chart of the overview, computed from the view's papers (positions in the dataset). */
export function StatsCharts({ rows, loaded }: { rows: Uint32Array; loaded: LoadedDataset }) {
  const { t } = useTranslation("stats");
  const { dataset, indexes } = loaded;
  const data = useMemo(
    () => ({
      chapters: chapterCounts(rows, dataset, indexes),
      institutions: topInstitutions(rows, dataset, indexes, TOP_INSTITUTIONS),
      modalities: countFacet(rows, indexes, "modality"),
      sectors: countFacet(rows, indexes, "type"),
      bothSectors: countBothSectors(rows, indexes),
      countries: countFacet(rows, indexes, "country"),
      collaboration: buildCollaboration(rows, dataset),
    }),
    [rows, dataset, indexes],
  );
  // With one digest a trend says nothing.
  const trends = useMemo(() => {
    if (archiveDigests(dataset).length < 2) return null;
    const chapters = chapterCounts(rows, dataset, indexes).map((count) => count.value);
    const institutions = countFacet(rows, indexes, "inst")
      .slice(0, TOP_TREND_INSTITUTIONS)
      .map((count) => count.value);
    return {
      chapters: digestTrends(rows, dataset, indexes, "chapter", chapters),
      institutions: digestTrends(rows, dataset, indexes, "inst", institutions),
    };
  }, [rows, dataset, indexes]);
  const chapterColor = useMemo(() => {
    const position = new Map(dataset.chapters.map((chapter, i) => [chapter.id, i]));
    return (id: string) => seriesColor(position.get(id) ?? 0);
  }, [dataset]);

  return (
    <Stack gap="md">
      <ReadingProgressFigure rows={rows} loaded={loaded} />
      {trends && (
        <>
          <TrendChart
            param="chapter"
            trends={trends.chapters}
            title={t("trends.chapters.title")}
            description={t("trends.chapters.description")}
            column={t("charts.chapters.column")}
            color={chapterColor}
          />
          <TrendChart
            param="inst"
            trends={trends.institutions}
            title={t("trends.institutions.title")}
            description={t("trends.institutions.description", { count: trends.institutions.trends.length })}
            column={t("charts.institutions.column")}
            color={() => BAR_COLOR}
          />
        </>
      )}
      {/* Each card as tall as its chart: a short one (one bar) beside a tall one stays short. */}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" className={classes.grid}>
        <FacetChart
          facet="chapter"
          counts={data.chapters}
          title={t("charts.chapters.title")}
          column={t("charts.chapters.column")}
          color={chapterColor}
        />
        <InstitutionsChart institutions={data.institutions} chapters={dataset.chapters} chapterColor={chapterColor} />
        <FacetChart
          facet="modality"
          counts={data.modalities}
          title={t("charts.modalities.title")}
          description={t("charts.modalities.description")}
          column={t("charts.modalities.column")}
        />
        <Stack gap="md">
          <FacetChart
            facet="type"
            counts={data.sectors}
            title={t("charts.sectors.title")}
            description={t("charts.sectors.description", { count: data.bothSectors })}
            column={t("charts.sectors.column")}
            color={(value) => (value === "industry" ? INDUSTRY_COLOR : ACADEMIA_COLOR)}
          />
          <FacetChart
            facet="country"
            counts={data.countries}
            title={t("charts.countries.title")}
            description={t("charts.countries.description")}
            column={t("charts.countries.column")}
          />
        </Stack>
      </SimpleGrid>
      <CollaborationFigure collaboration={data.collaboration} />
    </Stack>
  );
}
