import type { Dataset } from "../../lib/dataset/schema";
import type { ValueIndex } from "../../lib/filters/filter-index";
import type { Filter } from "../../lib/filters/filters";
import type { Labels } from "../../lib/labels/labels";
import { memoByPair } from "../../lib/memo-by-pair";

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

interface FacetValue {
  value: string;
  label: string;
  /** The value's code in the filter index; -1 for a chosen value this dataset lacks. */
  code: number;
}

const collator = new Intl.Collator(["en", "zh"], { sensitivity: "base" });

interface ListedOptions {
  index: ValueIndex;
  labels: Labels;
  options: FacetOption[];
}
// By the view's counts: a click that only changes what is checked re-renders its group with the
// same counts (they follow the rows by a frame), and need not re-order thousands of institutions.
const listed = new WeakMap<Uint32Array, ListedOptions>();

/**
 * A filter's values with their labels, in the order the panel lists them when counts tie: the
 * natural order where there is one, else by label. Once per dataset and language.
 */
const facetValues = memoByPair((index: ValueIndex, labels: Labels, filter: Filter, dataset: Dataset): FacetValue[] => {
  const natural = filter.order?.(dataset);
  const known = (natural ?? index.values).filter((value) => index.codeOf.has(value));
  const values = known.map((value) => ({
    value,
    label: filter.label(value, labels),
    code: index.codeOf.get(value) ?? -1,
  }));
  if (!natural) values.sort((a, b) => collator.compare(a.label, b.label));
  return values;
});

/**
 * The panel's options for one filter: natural orders are kept, other filters list by count (ties
 * by label) with a bucket sort over the precomputed label order, so thousands of institutions
 * re-order in linear time when the counts change. The same counts give the same list.
 */
export function facetOptions(
  filter: Filter,
  index: ValueIndex,
  dataset: Dataset,
  labels: Labels,
  counts: Uint32Array,
): readonly FacetOption[] {
  const known = listed.get(counts);
  if (known && known.index === index && known.labels === labels) return known.options;
  const options = orderedOptions(filter, index, dataset, labels, counts);
  listed.set(counts, { index, labels, options });
  return options;
}

function orderedOptions(
  filter: Filter,
  index: ValueIndex,
  dataset: Dataset,
  labels: Labels,
  counts: Uint32Array,
): FacetOption[] {
  const values = facetValues(index, labels, filter, dataset);
  const options = values.map(({ value, label, code }) => ({ value, label, count: counts[code] ?? 0 }));
  if (filter.order) return options;
  const buckets = new Map<number, FacetOption[]>();
  for (const option of options) {
    const bucket = buckets.get(option.count);
    if (bucket) bucket.push(option);
    else buckets.set(option.count, [option]);
  }
  return [...buckets.keys()].sort((a, b) => b - a).flatMap((count) => buckets.get(count) ?? []);
}
