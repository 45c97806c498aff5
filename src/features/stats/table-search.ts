import type { FacetParam, ViewSearch } from "../../lib/view-search/view-search";

/**
 * The table's search for "these papers": the current view narrowed to one facet value. The value
 * replaces that facet's selection (adding it would widen the view, as values of a facet are ORed)
 * and every other filter stays.
 */
export function narrowTo(facet: FacetParam, values: string[]): (prev: ViewSearch) => ViewSearch {
  return (prev) => ({ ...prev, [facet]: values });
}

/** The view without any filter, keeping what is not a filter (the dataset, the sort, the grouping). */
export function withoutFilters(prev: ViewSearch): ViewSearch {
  return { dataset: prev.dataset, sort: prev.sort, group: prev.group };
}
