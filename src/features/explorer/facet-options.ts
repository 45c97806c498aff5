import type { DatasetIndexes } from "../../lib/dataset/dataset-indexes";
import type { Dataset } from "../../lib/dataset/schema";
import { INSTITUTION_TYPES, MODALITIES, PAPER_KINDS } from "../../lib/dataset/schema";
import type { FacetParam } from "../../lib/view-search/view-search";

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/** Facets with a natural order keep it; the long ones (institutions, countries) sort by count. */
const NATURAL_ORDER: Partial<Record<FacetParam, (dataset: Dataset) => readonly string[]>> = {
  chapter: (dataset) => dataset.chapters.map((c) => c.id),
  modality: () => MODALITIES,
  kind: () => PAPER_KINDS,
  type: () => INSTITUTION_TYPES,
};

export function facetOptions(
  facet: FacetParam,
  dataset: Dataset,
  indexes: DatasetIndexes,
  counts: Map<string, number>,
  selected: readonly string[],
  label: (value: string) => string,
): FacetOption[] {
  const natural = NATURAL_ORDER[facet]?.(dataset);
  const values = natural
    ? natural.filter((value) => indexes.postings[facet].has(value) || selected.includes(value))
    : [...indexes.postings[facet].keys()];
  const options = values.map((value) => ({
    value,
    label: label(value),
    count: counts.get(value) ?? 0,
    selected: selected.includes(value),
  }));
  return natural ? options : byCountThenLabel(options);
}

const collator = new Intl.Collator(["en", "zh"], { sensitivity: "base" });
// Label orders by the labels they sort (a facet's labels only change with the dataset or language).
const labelOrderCache = new Map<string, number[]>();
const CACHED_ORDERS = 8;

/**
 * Most papers first, ties by label. Long facets (thousands of institutions) are sorted on every
 * filter change, so the label order is computed once per set of labels and counts are bucketed.
 */
function byCountThenLabel(options: FacetOption[]): FacetOption[] {
  const key = options.map((o) => o.label).join("\u0000");
  let order = labelOrderCache.get(key);
  if (!order) {
    order = options.map((_, i) => i).sort((a, b) => collator.compare(options[a]?.label ?? "", options[b]?.label ?? ""));
    if (labelOrderCache.size >= CACHED_ORDERS) labelOrderCache.delete(labelOrderCache.keys().next().value as string);
    labelOrderCache.set(key, order);
  }
  const buckets = new Map<number, FacetOption[]>();
  for (const i of order) {
    const option = options[i] as FacetOption;
    const bucket = buckets.get(option.count);
    if (bucket) bucket.push(option);
    else buckets.set(option.count, [option]);
  }
  return [...buckets.keys()].sort((a, b) => b - a).flatMap((count) => buckets.get(count) ?? []);
}
