import { Group, Stack, Text, Title } from "@mantine/core";
import { ButtonLink } from "../../components/button-link";
import { ShareMenu } from "../../components/share-menu";
import { usePageTitle } from "../../components/use-page-title";
import { ViewNotices } from "../../components/view-notices";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useReadView } from "../../lib/view/share-link";
import { usePaperView } from "../../lib/view/use-paper-view";
import { useView } from "../../lib/view/use-view";
import { hasActiveFilters } from "../../lib/view/view";
import classes from "./stats.module.css";
import { StatsCharts } from "./stats-charts";
import { StatsEmpty } from "./stats-empty";
import "./i18n";

/** The month at a glance: charts of the papers the URL's filters select, the same view as the table. */
export function StatsPage() {
  const { t } = useTranslation("stats");
  usePageTitle(t("pageTitle"));
  const loaded = useDatasetStore((state) => state.loaded);
  const view = usePaperView();
  const filtered = useView(hasActiveFilters);
  const readView = useReadView();
  if (!loaded) return null;
  const total = loaded.dataset.papers.length;

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <ViewNotices />
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2}>{t("pageTitle")}</Title>
          <Text className={classes.muted} size="sm">
            {filtered ? t("summary", { count: view.rows.length, total }) : t("summaryAll", { count: total })}
          </Text>
        </div>
        <Group gap="sm">
          <ShareMenu shared={() => ({ page: "stats", view: readView() })} />
          <ButtonLink to="/" variant="light">
            {t("showInTable")}
          </ButtonLink>
        </Group>
      </Group>
      {view.rows.length === 0 ? <StatsEmpty /> : <StatsCharts rows={view.rows} loaded={loaded} />}
    </Stack>
  );
}
