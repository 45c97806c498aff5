import type { FilterIndex } from "../filters/filter-index";
import { FILTERS, isLibraryFilter } from "../filters/filters";
import { memoByPair } from "../memo-by-pair";
import type { View } from "./view";

const DATASET_FILTERS = FILTERS.filter((filter) => !isLibraryFilter(filter));

/**
 * The view without the filter values this dataset does not have: the view the page shows and
 * changes. Those values apply to nothing and the URL notice names them (view-problems.ts); kept
 * in the view, they showed as filter chips, were offered as "remove" on an empty result, and
 * every later change wrote them back into the address. The reader's own values (stars, statuses,
 * tags) are not the dataset's to know and stay. The same view comes back when nothing is unknown,
 * and the same pruned view for the same view and dataset, so selections keep their identity.
 */
export function knownView(view: View, index: FilterIndex | null): View {
  return index ? pruned(view, index) : view;
}

const pruned = memoByPair((view: View, index: FilterIndex): View => {
  let filters = view.filters;
  for (const { param } of DATASET_FILTERS) {
    const values = filters[param];
    const { codeOf } = index.byParam[param];
    if (values.every((value) => codeOf.has(value))) continue;
    filters = { ...filters, [param]: values.filter((value) => codeOf.has(value)) };
  }
  return filters === view.filters ? view : { ...view, filters };
});
