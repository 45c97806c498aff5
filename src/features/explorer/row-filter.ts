import { type FilterParam, isFilterParam } from "../../lib/filters/filters";
import { type View, withFilter } from "../../lib/view/view";

/** What a value shown in a row (an institution, a modality) filters by: its filter and its value. */
export interface RowFilter {
  param: FilterParam;
  value: string;
}

/** The attributes that make an element of a row a filter button; the table reads them back on click. */
export function rowFilterAttributes(param: FilterParam, value: string) {
  return { "data-filter": param, "data-value": value };
}

/** The filter a clicked element stands for, if it is (inside) a row's filter button. */
export function rowFilterAt(target: Element): RowFilter | null {
  const button = target.closest<HTMLElement>("[data-filter][data-value]");
  const param = button?.dataset.filter;
  const value = button?.dataset.value;
  return param && value && isFilterParam(param) ? { param, value } : null;
}

/**
 * The view after a click on a row's value: a plain click shows only papers with that value (it
 * replaces the filter's values); with a modifier the value joins the ones already chosen.
 */
export function withRowFilter(view: View, { param, value }: RowFilter, add: boolean): View {
  const current = view.filters[param];
  if (!add) return withFilter(view, param, [value]);
  return current.includes(value) ? view : withFilter(view, param, [...current, value]);
}
