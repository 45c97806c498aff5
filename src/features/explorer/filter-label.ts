import type { Filter } from "../../lib/filters/filters";
import type { TFunction } from "../../lib/i18n/types";
import type { Labels } from "../../lib/labels/labels";
import { localeFor } from "../../lib/locale/locale";

/** A filter and its values in words, as its chip says it: "Chapter: Audio or Video", "Co-authored by A and B". */
export function filterChipLabel(
  t: TFunction<"explorer">,
  labels: Labels,
  filter: Filter,
  values: readonly string[],
): string {
  const names = values.map((value) => filter.label(value, labels));
  const list = localeFor(labels.language).list(names, filter.combine === "all" ? "conjunction" : "disjunction");
  return t(`filters.${filter.param}.chip`, { values: list });
}
