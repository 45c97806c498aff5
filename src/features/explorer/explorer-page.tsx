import { Group, Stack } from "@mantine/core";
import { Outlet, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useNarrowScreen } from "../../components/use-narrow-screen";
import { ViewNotices } from "../../components/view-notices";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { stringifySearch } from "../../lib/url/search-codec";
import { usePaperView } from "../../lib/view/use-paper-view";
import { encodeView } from "../../lib/view/view";
import { EmptyResults } from "./empty-results";
import classes from "./explorer-page.module.css";
import { ExportMenu } from "./export-menu";
import { FacetPanel } from "./facet-panel";
import { FiltersDrawer } from "./filters-drawer";
import { PapersTable } from "./papers-table";
import { ResultSummary } from "./result-summary";
import { SearchBox } from "./search-box";
import { SearchPending } from "./search-pending";
import { SearchStatus } from "./search-status";
import { TableToolbar } from "./table-toolbar";

/** Facets, table and (when a paper is open) its detail pane beside the table. */
export function ExplorerPage() {
  const { t } = useTranslation("explorer");
  const loaded = useDatasetStore((state) => state.loaded);
  const current = usePaperView();
  const paneOpen = useParams({ strict: false, select: (params) => params.paperId !== undefined });
  const narrow = useNarrowScreen();
  if (!loaded) return null;
  const { rows, counts, view } = current;

  return (
    <div className={classes.layout} data-pane-open={paneOpen || undefined}>
      {narrow ? (
        <FiltersDrawer counts={counts} />
      ) : (
        <aside className={classes.facets}>
          <FacetPanel counts={counts} />
        </aside>
      )}
      {/* data-view names the view the rendered rows belong to, so tests and the benchmark can
          wait for exactly that render. */}
      <section className={classes.main} aria-label={t("table")} data-view={stringifySearch(encodeView(view))}>
        <Stack gap="sm" h="100%">
          <ViewNotices />
          <SearchBox />
          <Group justify="space-between" gap="sm">
            <ResultSummary shown={rows.length} total={loaded.dataset.papers.length} pending={current.searchPending} />
            <Group gap="sm">
              <TableToolbar />
              <ExportMenu rows={rows} papers={loaded.dataset.papers} />
            </Group>
          </Group>
          <SearchStatus coverage={current.searchCoverage} />
          {rows.length > 0 ? (
            <PapersTable
              loaded={loaded}
              rows={rows}
              grouped={view.group === "chapter"}
              besidePane={paneOpen || narrow}
            />
          ) : current.searchPending ? (
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
