import { useMediaQuery } from "@mantine/hooks";
import { type SortingState, type Updater, useTable } from "@tanstack/react-table";
import { useMemo } from "react";
import type { Paper } from "../../lib/dataset/schema";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { SORT_KEYS, type SortKey } from "../../lib/view/view";
import { type ColumnVisibility, useColumnSettings } from "./column-settings-store";
import { paperColumns, tableFeaturesSet } from "./paper-columns";

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

// With a paper open beside it the table is narrow: these columns step aside (the pane shows them).
const HIDDEN_BESIDE_PANE: ColumnVisibility = {
  modalities: false,
  kind: false,
  published: false,
  digest: false,
  status: false,
};
// Below this width every column leaves the paper's name too little room (about 40 px at 1280 px):
// kind and the months step aside first, as they do beside the pane, and the pane shows them.
const ROOMY = "(min-width: 87.5em)";
const HIDDEN_UNLESS_ROOMY: ColumnVisibility = { kind: false, published: false, digest: false };
// Grouped by chapter, each chapter's heading already names it.
const HIDDEN_GROUPED: ColumnVisibility = { chapter: false };
const NO_ROWS: Paper[] = [];

/**
 * The table's columns, sorting and visibility. Its state is never its own: sorting comes from the
 * URL and column visibility from local settings. It holds no rows: the body virtualises the view.
 */
export function usePapersTable(besidePane: boolean, grouped: boolean) {
  const sort = useView((view) => view.sort);
  const updateView = useUpdateView();
  const visibility = useColumnSettings((state) => state.visibility);
  const roomy = useMediaQuery(ROOMY, true, { getInitialValueInEffect: false });
  const setVisibility = useColumnSettings((state) => state.setVisibility);
  const shown = useMemo(
    () => ({
      ...visibility,
      ...(roomy ? null : HIDDEN_UNLESS_ROOMY),
      ...(besidePane ? HIDDEN_BESIDE_PANE : null),
      ...(grouped ? HIDDEN_GROUPED : null),
    }),
    [visibility, roomy, besidePane, grouped],
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
