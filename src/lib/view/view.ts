import * as v from "valibot";
import { FILTER_PARAMS, FILTERS, type FilterParam, type FilterSelection, NO_SELECTION } from "../filters/filters";
import { parseSearch } from "../url/search-codec";

/**
 * The bookmarkable view: everything a user can share by URL. Decoded leniently from the URL's raw
 * strings: a bad value never throws, the valid part applies and each dropped or changed value is
 * reported as a problem.
 */

export const SORT_KEYS = ["name", "chapter", "kind", "published", "digest"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  desc: boolean;
}
export const MAX_QUERY_LENGTH = 200;

export interface View {
  /** Search text, trimmed; "" for none. */
  q: string;
  filters: FilterSelection;
  sort: Sort | null;
  group: "chapter" | null;
  /** A dataset file other than the bundled one, same origin only. */
  dataset: string | null;
}

export const VIEW_PARAMS = ["q", ...FILTER_PARAMS, "sort", "group", "dataset"] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];
/** The view as the URL holds it: raw strings (a repeated key gives several). */
export type RawView = Partial<Record<ViewParam, string | string[]>>;

export interface SearchProblem {
  param: string;
  value: string;
  reason: "invalid" | "too-long" | "repeated";
}

export interface DecodedView {
  view: View;
  problems: SearchProblem[];
}

export const EMPTY_VIEW: View = { q: "", filters: NO_SELECTION, sort: null, group: null, dataset: null };

const sortPattern = new RegExp(`^(${SORT_KEYS.join("|")})\\.(asc|desc)$`);
const datasetSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(2000));

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(strings);
  return typeof value === "string" ? [value] : [];
}

/** Keeps the view's own keys, as strings, and drops everything else (the route's search schema). */
export function pickRawView(raw: Record<string, unknown>): RawView {
  const picked: RawView = {};
  for (const param of VIEW_PARAMS) {
    const values = strings(raw[param]);
    if (values.length > 0) picked[param] = values.length === 1 ? values[0] : values;
  }
  return picked;
}

export function decodeView(raw: RawView): DecodedView {
  const problems: SearchProblem[] = [];
  const single = (param: ViewParam): string | undefined => {
    const values = strings(raw[param]);
    if (values.length > 1) problems.push({ param, value: values.slice(1).join(", "), reason: "repeated" });
    return values[0];
  };

  const filters = {} as Record<FilterParam, readonly string[]>;
  let anyFilter = false;
  for (const filter of FILTERS) {
    const chosen: string[] = [];
    for (const text of strings(raw[filter.param])) {
      for (const part of text.split(",")) {
        const item = part.trim();
        if (!item) continue;
        if (!v.is(filter.item, item)) problems.push({ param: filter.param, value: item, reason: "invalid" });
        else if (!chosen.includes(item)) chosen.push(item);
      }
    }
    filters[filter.param] = chosen.length > 0 ? chosen : NO_SELECTION[filter.param];
    anyFilter ||= chosen.length > 0;
  }

  let q = single("q")?.trim() ?? "";
  if (q.length > MAX_QUERY_LENGTH) {
    problems.push({ param: "q", value: q, reason: "too-long" });
    q = q.slice(0, MAX_QUERY_LENGTH);
  }
  let sort: Sort | null = null;
  const sortText = single("sort");
  if (sortText !== undefined) {
    const match = sortPattern.exec(sortText);
    if (match) sort = { key: match[1] as SortKey, desc: match[2] === "desc" };
    else problems.push({ param: "sort", value: sortText, reason: "invalid" });
  }
  let group: View["group"] = null;
  const groupText = single("group");
  if (groupText !== undefined) {
    if (groupText === "chapter") group = "chapter";
    else problems.push({ param: "group", value: groupText, reason: "invalid" });
  }
  let dataset: string | null = null;
  const datasetText = single("dataset");
  if (datasetText !== undefined) {
    if (v.is(datasetSchema, datasetText)) dataset = datasetText;
    else problems.push({ param: "dataset", value: datasetText, reason: "invalid" });
  }
  return { view: { q, filters: anyFilter ? filters : NO_SELECTION, sort, group, dataset }, problems };
}

/**
 * The view as URL search params, in the canonical order, empty values left out. Every view key is
 * present (undefined when empty) so that writing a view replaces the previous one entirely.
 */
export function encodeView(view: View): Record<ViewParam, string | undefined> {
  const encoded = { q: view.q || undefined } as Record<ViewParam, string | undefined>;
  for (const param of FILTER_PARAMS) {
    const values = view.filters[param];
    encoded[param] = values.length > 0 ? values.join(",") : undefined;
  }
  encoded.sort = view.sort ? `${view.sort.key}.${view.sort.desc ? "desc" : "asc"}` : undefined;
  encoded.group = view.group ?? undefined;
  encoded.dataset = view.dataset ?? undefined;
  return encoded;
}

export function hasActiveFilters(view: View): boolean {
  return view.q !== "" || FILTER_PARAMS.some((param) => view.filters[param].length > 0);
}

/** The view with every filter removed, keeping what is not a filter (the dataset, sort and grouping). */
export function withoutFilters(view: View): View {
  return { ...view, q: "", filters: NO_SELECTION };
}

/** The view with one filter's values replaced (an empty list removes the filter). */
export function withFilter(view: View, param: FilterParam, values: readonly string[]): View {
  return { ...view, filters: { ...view.filters, [param]: values.length > 0 ? values : NO_SELECTION[param] } };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** `next`, with each part equal to `previous`'s replaced by that part, so unchanged parts keep their identity. */
export function shareParts(previous: View, next: View): View {
  const filters = { ...next.filters } as Record<FilterParam, readonly string[]>;
  let sameFilters = true;
  for (const param of FILTER_PARAMS) {
    if (sameList(previous.filters[param], filters[param])) filters[param] = previous.filters[param];
    else sameFilters = false;
  }
  const sort =
    previous.sort && next.sort && previous.sort.key === next.sort.key && previous.sort.desc === next.sort.desc
      ? previous.sort
      : next.sort;
  const shared = { ...next, filters: sameFilters ? previous.filters : filters, sort };
  const same = (Object.keys(shared) as (keyof View)[]).every((key) => shared[key] === previous[key]);
  return same ? previous : shared;
}

const decoded = new WeakMap<object, DecodedView>();
let latest: View = EMPTY_VIEW;

/**
 * `decodeView`, once per search object (the router keeps an unchanged search the same object),
 * sharing unchanged parts with the view decoded before it.
 */
export function viewOf(raw: RawView): DecodedView {
  let result = decoded.get(raw);
  if (!result) {
    const fresh = decodeView(raw);
    result = { view: shareParts(latest, fresh.view), problems: fresh.problems };
    latest = result.view;
    decoded.set(raw, result);
  }
  return result;
}

/**
 * A link's or navigation's `search`: the current URL with a change to its view. The view's params
 * come first, in their canonical order; other params (a page's own, such as `ids`) are kept after.
 */
export function changeView(change: (view: View) => View): (prev: RawView) => RawView {
  return (prev) => {
    const others = Object.fromEntries(
      Object.entries(prev).filter(([key]) => !(VIEW_PARAMS as readonly string[]).includes(key)),
    );
    return { ...encodeView(change(viewOf(prev).view)), ...others };
  };
}

/** The URL search that opens a view saved as a query string: every view key set, so nothing else carries over. */
export function viewSearchFromQuery(query: string): Record<ViewParam, string | undefined> {
  return encodeView(decodeView(pickRawView(parseSearch(query))).view);
}
