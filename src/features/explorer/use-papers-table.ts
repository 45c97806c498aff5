import { type RowSelectionState, type SortingState, type Updater, useTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { MAX_COMPARE, useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import type { Paper } from "../../lib/dataset/schema";
import { useUpdateViewSearch, useViewSearch } from "../../lib/view-search/use-view-search";
import { parseSort, SORT_KEYS, type SortKey } from "../../lib/view-search/view-search";
import { type ColumnVisibility, useColumnSettings } from "./column-settings-store";
import { paperColumns, tableFeaturesSet } from "./paper-columns";

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

/**
 * The table's state is never its own: sorting comes from the URL, column visibility from local
 * settings, and the selection is the compare tray.
 */
// With a paper open beside it the table is narrow: these columns step aside (the pane shows them).
const HIDDEN_BESIDE_PANE: ColumnVisibility = { modalities: false, kind: false, published: false };

export function usePapersTable(papers: Paper[], besidePane: boolean) {
  const search = useViewSearch();
  const updateSearch = useUpdateViewSearch();
  const visibility = useColumnSettings((state) => state.visibility);
  const setVisibility = useColumnSettings((state) => state.setVisibility);
  const trayIds = useCompareTray((state) => state.ids);
  const toggleTray = useCompareTray((state) => state.toggle);

  const sortParam = search.sort;
  const sorting: SortingState = useMemo(() => {
    const sort = parseSort(sortParam);
    return sort ? [{ id: sort.key, desc: sort.desc }] : [];
  }, [sortParam]);
  const rowSelection: RowSelectionState = useMemo(() => Object.fromEntries(trayIds.map((id) => [id, true])), [trayIds]);

  return useTable({
    features: tableFeaturesSet,
    columns: paperColumns,
    data: papers,
    getRowId: (paper) => paper.id,
    manualSorting: true,
    enableMultiSort: false,
    enableRowSelection: (row) => trayIds.length < MAX_COMPARE || trayIds.includes(row.id),
    state: {
      sorting,
      columnVisibility: besidePane ? { ...visibility, ...HIDDEN_BESIDE_PANE } : visibility,
      rowSelection,
    },
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      const key = next?.id as SortKey | undefined;
      updateSearch({ sort: key && SORT_KEYS.includes(key) ? `${key}.${next?.desc ? "desc" : "asc"}` : undefined });
    },
    onColumnVisibilityChange: (updater) => setVisibility(resolve(updater, visibility)),
    onRowSelectionChange: (updater) => {
      const next = resolve(updater, rowSelection);
      const changed = new Set([...Object.keys(next), ...Object.keys(rowSelection)]);
      for (const id of changed) if (Boolean(next[id]) !== Boolean(rowSelection[id])) toggleTray(id);
    },
  });
}

export type PapersTable = ReturnType<typeof usePapersTable>;
