import * as v from "valibot";
import {
  INSTITUTION_TYPES,
  type InstitutionType,
  MODALITIES,
  type Modality,
  PAPER_KINDS,
  type PaperKind,
} from "../dataset/schema";

/**
 * The bookmarkable view: everything a user can share by URL. Validated leniently: a bad value
 * never throws, the valid part applies and each dropped or changed value is reported as a problem.
 */

export const SORT_KEYS = ["name", "chapter", "kind", "published"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortParam = `${SortKey}.${"asc" | "desc"}`;
export const MAX_QUERY_LENGTH = 200;

export interface FacetSearch {
  chapter?: string[];
  inst?: string[];
  modality?: Modality[];
  kind?: PaperKind[];
  type?: InstitutionType[];
  country?: string[];
}
export type FacetParam = keyof FacetSearch;
export const FACET_PARAMS = ["chapter", "inst", "modality", "kind", "type", "country"] as const satisfies FacetParam[];

export interface ViewSearch extends FacetSearch {
  q?: string;
  /** Institutions that must all have co-authored a paper (AND, unlike the `inst` facet's OR). */
  coauthors?: string[];
  sort?: SortParam;
  group?: "chapter";
  /** A dataset file other than the bundled one, same origin only. */
  dataset?: string;
}

export interface SearchProblem {
  param: string;
  value: string;
  reason: "invalid" | "too-long" | "repeated";
}

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(120));
const facetItemSchemas = {
  chapter: slug,
  inst: slug,
  modality: v.picklist(MODALITIES),
  kind: v.picklist(PAPER_KINDS),
  type: v.picklist(INSTITUTION_TYPES),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
} satisfies Record<FacetParam, v.GenericSchema<string>>;
const sortSchema = v.pipe(v.string(), v.regex(new RegExp(`^(${SORT_KEYS.join("|")})\\.(asc|desc)$`)));
const groupSchema = v.picklist(["chapter"]);
const datasetSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(2000));

function asStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(asStrings);
  if (typeof value === "string") return [value];
  if (typeof value === "number" || typeof value === "boolean") return [String(value)];
  return [];
}

export interface DecodedViewSearch {
  search: ViewSearch;
  problems: SearchProblem[];
}

// The router merges the validated search over the raw one, so a key left out would keep its raw
// (invalid) string: every known key is set, to undefined when it has no valid value.
const EMPTY_VIEW_SEARCH: Record<keyof ViewSearch, undefined> = {
  chapter: undefined,
  inst: undefined,
  modality: undefined,
  kind: undefined,
  type: undefined,
  country: undefined,
  coauthors: undefined,
  q: undefined,
  sort: undefined,
  group: undefined,
  dataset: undefined,
};

export function decodeViewSearch(raw: Record<string, unknown>): DecodedViewSearch {
  const search: ViewSearch = { ...EMPTY_VIEW_SEARCH };
  const problems: SearchProblem[] = [];

  const single = (param: string): string | undefined => {
    const values = asStrings(raw[param]);
    if (values.length > 1) problems.push({ param, value: values.slice(1).join(", "), reason: "repeated" });
    return values[0];
  };

  for (const param of FACET_PARAMS) {
    const items = asStrings(raw[param])
      .flatMap((value) => value.split(","))
      .map((item) => item.trim())
      .filter(Boolean);
    const valid: string[] = [];
    for (const item of items) {
      if (!v.is(facetItemSchemas[param], item)) problems.push({ param, value: item, reason: "invalid" });
      else if (!valid.includes(item)) valid.push(item);
    }
    // The item schemas above guarantee each list holds its facet's own values.
    if (valid.length > 0) (search as Record<FacetParam, string[]>)[param] = valid;
  }

  const coauthors: string[] = [];
  for (const item of asStrings(raw.coauthors).flatMap((value) => value.split(","))) {
    const id = item.trim();
    if (!id) continue;
    if (!v.is(slug, id)) problems.push({ param: "coauthors", value: id, reason: "invalid" });
    else if (!coauthors.includes(id)) coauthors.push(id);
  }
  if (coauthors.length > 0) search.coauthors = coauthors;

  const q = single("q")?.trim();
  if (q) {
    if (q.length > MAX_QUERY_LENGTH) problems.push({ param: "q", value: q, reason: "too-long" });
    search.q = q.slice(0, MAX_QUERY_LENGTH);
  }
  const sort = single("sort");
  if (sort !== undefined) {
    if (v.is(sortSchema, sort)) search.sort = sort as SortParam;
    else problems.push({ param: "sort", value: sort, reason: "invalid" });
  }
  const group = single("group");
  if (group !== undefined) {
    if (v.is(groupSchema, group)) search.group = group;
    else problems.push({ param: "group", value: group, reason: "invalid" });
  }
  const dataset = single("dataset");
  if (dataset !== undefined) {
    if (v.is(datasetSchema, dataset)) search.dataset = dataset;
    else problems.push({ param: "dataset", value: dataset, reason: "invalid" });
  }
  return { search, problems };
}

export function validateViewSearch(raw: Record<string, unknown>): ViewSearch {
  return decodeViewSearch(raw).search;
}

export function parseSort(sort: SortParam | undefined): { key: SortKey; desc: boolean } | null {
  if (!sort) return null;
  const [key, dir] = sort.split(".") as [SortKey, string];
  return { key, desc: dir === "desc" };
}

export function hasActiveFilters(search: ViewSearch): boolean {
  return (
    Boolean(search.q) ||
    (search.coauthors?.length ?? 0) > 0 ||
    FACET_PARAMS.some((param) => (search[param]?.length ?? 0) > 0)
  );
}

/** The view with every filter removed, keeping what is not a filter (dataset, sort, grouping). */
export const NO_FILTERS: Partial<ViewSearch> = {
  q: undefined,
  coauthors: undefined,
  chapter: undefined,
  inst: undefined,
  modality: undefined,
  kind: undefined,
  type: undefined,
  country: undefined,
};
