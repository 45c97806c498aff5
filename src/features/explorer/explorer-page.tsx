import { Group, Stack } from "@mantine/core";
import { Outlet } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useNarrowScreen } from "../../components/use-narrow-screen";
import { usePaperOpen } from "../../components/use-open-paper";
import { ViewNotices } from "../../components/view-notices";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { useTranslation } from "../../lib/i18n/use-translation";
import { stringifySearch } from "../../lib/url/search-codec";
import { usePaperView } from "../../lib/view/use-paper-view";
import { useView } from "../../lib/view/use-view";
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

/**
 * Facets, table and (when a paper is open) its detail pane beside the table. The page itself
 * renders once: each part that follows the view subscribes to it, so a keystroke re-renders those
 * parts and not the layout around them.
 */
export function ExplorerPage() {
  const { t } = useTranslation("explorer");
  const loaded = useDatasetStore((state) => state.loaded !== null);
  const paneOpen = usePaperOpen();
  const narrow = useNarrowScreen();
  if (!loaded) return null;
  return (
    <div className={classes.layout} data-pane-open={paneOpen || undefined}>
      {narrow ? (
        <FiltersDrawer />
      ) : (
        <aside className={classes.facets}>
          <FacetPanel />
        </aside>
      )}
      <ViewSection label={t("table")}>
        <Stack gap="sm" h="100%">
          <ViewNotices />
          <SearchBox />
          <Group justify="space-between" gap="sm">
            <ResultSummary />
            <Group gap="sm">
              <TableToolbar />
              <ExportMenu />
            </Group>
          </Group>
          <SearchStatus />
          <TableArea />
        </Stack>
      </ViewSection>
      <Outlet />
    </div>
  );
}

/**
 * The table's section. data-view names the view the rendered rows belong to (it changes in the
 * same commit as the rows), so tests and the benchmark can wait for exactly that render.
 */
function ViewSection({ label, children }: { label: string; children: ReactNode }) {
  const view = useView((current) => current);
  return (
    <section className={classes.main} aria-label={label} data-view={stringifySearch(encodeView(view))}>
      {children}
    </section>
  );
}

function TableArea() {
  const { rows, view, searchPending, loaded } = usePaperView();
  if (!loaded) return null;
  if (rows.length > 0) {
    return <PapersTable loaded={loaded} rows={rows} grouped={view.group === "chapter"} />;
  }
  return searchPending ? <SearchPending /> : <EmptyResults />;
}
