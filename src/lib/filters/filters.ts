import * as v from "valibot";
import { paperDigests } from "../dataset/paper-digests";
import {
  type Dataset,
  INSTITUTION_TYPES,
  type Institution,
  type InstitutionType,
  MODALITIES,
  type Modality,
  PAPER_KINDS,
  type Paper,
  type PaperKind,
} from "../dataset/schema";
import type { Labels } from "../labels/labels";
import { type LibraryEntry, READING_STATUSES, type ReadingStatus, tagSchema } from "../library/library-entry";
import { libraryWords } from "../library/library-words";

/**
 * Every filter of the view, declared once. The URL codec, the indexes, the counts, the facet
 * panel, the chips, the empty state, "clear all" and the overview read these declarations: adding a
 * filter is one entry here plus its strings (`filters.<param>` in the explorer's i18n).
 */

/**
 * Values the panel nests under one checkbox that chooses them all, so a reader need not know how
 * the dataset files them apart. Its name is the string `facets.groups.<id>`; choosing it writes
 * every value to the URL (`?modality=audio,speech,music`), which stays the only truth.
 */
export interface FilterGroup {
  id: string;
  values: readonly string[];
}

interface FilterBase {
  /** Its URL parameter; values are comma-separated. */
  param: string;
  /** What one value must look like in the URL. */
  item: v.GenericSchema<string, string>;
  /** How the chosen values combine: any of them (OR) or all of them (AND). */
  combine: "any" | "all";
  /** A group of checkboxes in the filter panel, or only a removable chip (set from elsewhere). */
  display: "facet" | "chip";
  /** A value's name in the reader's language. */
  label: (value: string, labels: Labels) => string;
  /** Values in their natural order (the panel keeps it); null to list them by count. */
  order: ((dataset: Dataset) => readonly string[]) | null;
  /** Long lists get a box to find a value. */
  findable?: boolean;
  /** The panel shows the filter only when the dataset has several values: one digest leaves nothing to choose. */
  onlyWhenSeveral?: boolean;
  groups?: readonly FilterGroup[];
}

/** A property of the paper itself. */
export interface PaperFilter extends FilterBase {
  level: "paper";
  values: (paper: Paper) => readonly string[];
}

/**
 * A property of the reader's own entry for the paper (a star, a status, tags): values come from
 * the library in this browser, not from the dataset, and are indexed per library state (see
 * library-filter-index.ts). `order` lists the values that exist even when no paper has them.
 */
export interface LibraryFilter extends FilterBase {
  level: "paper";
  source: "library";
  fromEntry: (entry: LibraryEntry) => readonly string[];
}

/**
 * A property of an institution. All institution-level filters must hold for the *same*
 * institution: "Chinese industry" means a paper with a Chinese company, not a paper with some
 * Chinese institution and some company.
 */
export interface InstitutionFilter extends FilterBase {
  level: "institution";
  value: (institution: Institution) => string;
}

type FilterSpec = PaperFilter | InstitutionFilter | LibraryFilter;

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(120));

export const FILTERS = [
  {
    // Which monthly digests list the paper (an archive holds several).
    param: "digest",
    level: "paper",
    item: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    combine: "any",
    display: "facet",
    values: paperDigests,
    label: (value, labels) => labels.digest(value),
    order: (dataset) => dataset.source.digests.map((digest) => digest.id).sort(),
    onlyWhenSeveral: true,
  },
  {
    param: "chapter",
    level: "paper",
    item: slug,
    combine: "any",
    display: "facet",
    values: (paper) => [paper.chapter],
    label: (value, labels) => labels.chapter(value),
    order: (dataset) => dataset.chapters.map((chapter) => chapter.id),
  },
  {
    param: "inst",
    level: "institution",
    item: slug,
    combine: "any",
    display: "facet",
    value: (institution) => institution.id,
    label: (value, labels) => labels.institution(value),
    order: null,
    findable: true,
  },
  {
    param: "modality",
    level: "paper",
    item: v.picklist(MODALITIES),
    combine: "any",
    display: "facet",
    values: (paper) => paper.modalities,
    label: (value, labels) => labels.modality(value as Modality),
    order: () => MODALITIES,
    // "Audio" papers, whichever of the three the dataset says.
    groups: [{ id: "audio", values: ["audio", "speech", "music"] }],
  },
  {
    param: "kind",
    level: "paper",
    item: v.picklist(PAPER_KINDS),
    combine: "any",
    display: "facet",
    values: (paper) => [paper.kind],
    label: (value, labels) => labels.kind(value as PaperKind),
    order: () => PAPER_KINDS,
  },
  {
    param: "type",
    level: "institution",
    item: v.picklist(INSTITUTION_TYPES),
    combine: "any",
    display: "facet",
    value: (institution) => institution.type,
    label: (value, labels) => labels.type(value as InstitutionType),
    order: () => INSTITUTION_TYPES,
  },
  {
    param: "country",
    level: "institution",
    item: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
    combine: "any",
    display: "facet",
    value: (institution) => institution.country,
    label: (value, labels) => labels.country(value),
    order: null,
  },
  {
    param: "starred",
    level: "paper",
    source: "library",
    item: v.literal("1"),
    combine: "any",
    display: "facet",
    fromEntry: (entry) => (entry.starred ? ["1"] : []),
    label: (_value, labels) => libraryWords(labels.language).starred,
    order: () => ["1"],
  },
  {
    param: "status",
    level: "paper",
    source: "library",
    item: v.picklist(READING_STATUSES),
    combine: "any",
    display: "facet",
    fromEntry: (entry) => (entry.status === null ? [] : [entry.status]),
    label: (value, labels) => libraryWords(labels.language).status[value as ReadingStatus],
    order: () => READING_STATUSES,
  },
  {
    param: "tag",
    level: "paper",
    source: "library",
    item: tagSchema,
    combine: "any",
    display: "facet",
    fromEntry: (entry) => entry.tags,
    label: (value) => value,
    order: null,
  },
  {
    // Set from the overview's collaboration network: papers that all these institutions worked on.
    param: "coauthors",
    level: "paper",
    item: slug,
    combine: "all",
    display: "chip",
    values: (paper) => paper.institutions,
    label: (value, labels) => labels.institution(value),
    order: null,
  },
  {
    // Exactly these papers, by id: set by "Share these papers" from a selection.
    param: "papers",
    level: "paper",
    item: slug,
    combine: "any",
    display: "chip",
    values: (paper) => [paper.id],
    label: (value, labels) => labels.paper(value),
    order: null,
  },
] as const satisfies readonly FilterSpec[];

/** One of the registered filters. */
export type Filter = (typeof FILTERS)[number];

export type FilterParam = (typeof FILTERS)[number]["param"];
export const FILTER_PARAMS: readonly FilterParam[] = FILTERS.map((filter) => filter.param);

const byParam = new Map<string, Filter>(FILTERS.map((filter) => [filter.param, filter]));

export function filterOf(param: FilterParam): Filter {
  return byParam.get(param) as Filter;
}

export function isFilterParam(param: string): param is FilterParam {
  return byParam.has(param);
}

export type LibraryFilterSpec = Extract<Filter, { source: "library" }>;
export type DatasetFilterSpec = Exclude<Filter, { source: "library" }>;

export function isLibraryFilter(filter: Filter): filter is LibraryFilterSpec {
  return "source" in filter && filter.source === "library";
}

/** The filters whose values come from the reader's library. */
export const LIBRARY_FILTERS: readonly LibraryFilterSpec[] = FILTERS.filter(isLibraryFilter);

/** The chosen values of every filter; a filter with none is inactive. */
export type FilterSelection = Readonly<Record<FilterParam, readonly string[]>>;

function emptySelection(): FilterSelection {
  const selection = {} as Record<FilterParam, readonly string[]>;
  for (const param of FILTER_PARAMS) selection[param] = [];
  return selection;
}

export const NO_SELECTION: FilterSelection = emptySelection();
