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
  if (!natural) options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return options;
}
