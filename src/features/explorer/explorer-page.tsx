import { Group, Stack } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { Outlet, useParams } from "@tanstack/react-router";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ViewNotices } from "../../components/view-notices";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import type { Paper } from "../../lib/dataset/schema";
import { usePaperView } from "../../lib/paper-view/use-paper-view";
import { stringifySearch } from "../../lib/url/search-codec";
import { EmptyResults } from "./empty-results";
import classes from "./explorer-page.module.css";
import { FacetPanel } from "./facet-panel";
import { FiltersDrawer } from "./filters-drawer";
import { PapersTable } from "./papers-table";
import { ResultSummary } from "./result-summary";
import { SearchBox } from "./search-box";
import { SearchPending } from "./search-pending";
import { TableToolbar } from "./table-toolbar";

const NO_PAPERS: Paper[] = [];

/** Facets, table and (when a paper is open) its detail pane beside the table. */
export function ExplorerPage() {
  const { t } = useTranslation("explorer");
  const papers = useDatasetStore((state) => state.loaded?.dataset.papers ?? NO_PAPERS);
  const view = usePaperView();
  const rows = useMemo(() => view.rows.map((i) => papers[i]).filter((p) => p !== undefined), [view.rows, papers]);
  const paneOpen = useParams({ strict: false, select: (params) => params.paperId !== undefined });
  const narrow = useMediaQuery("(max-width: 62em)", false, { getInitialValueInEffect: false });

  return (
    <div className={classes.layout} data-pane-open={paneOpen || undefined}>
      {narrow ? (
        <FiltersDrawer counts={view.counts} />
      ) : (
        <aside className={classes.facets}>
          <FacetPanel counts={view.counts} />
        </aside>
      )}
      {/* data-view names the view the rendered rows belong to (they lag the URL while a large view
          is recomputed), so tests and the benchmark can wait for exactly that render. */}
      <section className={classes.main} aria-label={t("table")} data-view={stringifySearch(view.search)}>
        <Stack gap="sm" h="100%">
          <ViewNotices />
          <SearchBox />
          <Group justify="space-between" gap="sm">
            <ResultSummary shown={rows.length} total={papers.length} />
            <TableToolbar papers={rows} />
          </Group>
          {rows.length > 0 ? (
            <PapersTable papers={rows} grouped={view.search.group === "chapter"} besidePane={paneOpen || narrow} />
          ) : view.searchPending ? (
            <SearchPending />
          ) : (
            <EmptyResults />
          )}
        </Stack>
      </section>
      <Outlet />
    </div>
  );
}
