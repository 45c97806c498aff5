import type { FilterParam } from "../../lib/filters/filters";
import { changeView, type View, withFilter } from "../../lib/view/view";

/**
 * The table's search for "these papers": the current view narrowed to one filter's values. The
 * values replace that filter's selection (adding them would widen the view, as values of a filter
 * are ORed) and every other filter stays.
 */
export function narrowTo(param: FilterParam, values: string[]) {
  return narrowToEach({ [param]: values });
}

/** `narrowTo` for several filters at once, such as a chapter in one digest. */
export function narrowToEach(selection: Partial<Record<FilterParam, readonly string[]>>) {
  return changeView((view) =>
    (Object.entries(selection) as [FilterParam, readonly string[]][]).reduce<View>(
      (narrowed, [param, values]) => withFilter(narrowed, param, values),
      view,
    ),
  );
}
