import type { FilterParam } from "../../lib/filters/filters";
import { changeView, withFilter } from "../../lib/view/view";

/**
 * The table's search for "these papers": the current view narrowed to one filter's values. The
 * values replace that filter's selection (adding them would widen the view, as values of a filter
 * are ORed) and every other filter stays.
 */
export function narrowTo(param: FilterParam, values: string[]) {
  return changeView((view) => withFilter(view, param, values));
}
