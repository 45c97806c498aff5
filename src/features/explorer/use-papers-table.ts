import { type SortingState, type Updater, useTable } from "@tanstack/react-table";
import { useMemo } from "react";
import type { Paper } from "../../lib/dataset/schema";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { SORT_KEYS, type SortKey } from "../../lib/view/view";
import { useSteppedAside } from "./column-layout";
import { useColumnSettings } from "./column-settings-store";
import { paperColumns, tableFeaturesSet } from "./paper-columns";

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

const NO_ROWS: Paper[] = [];

/**
 * The table's columns, sorting and visibility. Its state is never its own: sorting comes from the
 * URL and column visibility from local settings. It holds no rows: the body virtualises the view.
 */
export function usePapersTable() {
  const sort = useView((view) => view.sort);
  const updateView = useUpdateView();
  const visibility = useColumnSettings((state) => state.visibility);
  const setVisibility = useColumnSettings((state) => state.setVisibility);
  const aside = useSteppedAside();
  const shown = useMemo(
    () => ({ ...visibility, ...Object.fromEntries(Object.keys(aside).map((column) => [column, false])) }),
    [visibility, aside],
  );
  const sorting: SortingState = useMemo(() => (sort ? [{ id: sort.key, desc: sort.desc }] : []), [sort]);

  return useTable({
    features: tableFeaturesSet,
    columns: paperColumns,
    data: NO_ROWS,
    manualSorting: true,
    // With no rows to look at, the table cannot guess a column's first direction: ascending.
    sortDescFirst: false,
    enableMultiSort: false,
    state: {
      sorting,
      columnVisibility: shown,
    },
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      const key = next?.id as SortKey | undefined;
      updateView((view) => ({
        ...view,
        sort: key && SORT_KEYS.includes(key) ? { key, desc: next?.desc ?? false } : null,
      }));
    },
    onColumnVisibilityChange: (updater) => setVisibility(resolve(updater, visibility)),
  });
}

export type PapersTable = ReturnType<typeof usePapersTable>;
