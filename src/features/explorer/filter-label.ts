import type { TFunction } from "i18next";
import type { Filter } from "../../lib/filters/filters";
import type { Labels } from "../../lib/labels/labels";

const lists = new Map<string, Intl.ListFormat>();

function listFormat(language: string, type: "conjunction" | "disjunction"): Intl.ListFormat {
  const key = `${language}:${type}`;
  let format = lists.get(key);
  if (!format) {
    format = new Intl.ListFormat(language === "zh" ? "zh-CN" : "en", { type });
    lists.set(key, format);
  }
  return format;
}

/** A filter and its values in words, as its chip says it: "Chapter: Audio or Video", "Co-authored by A and B". */
export function filterChipLabel(
  t: TFunction<"explorer">,
  labels: Labels,
  filter: Filter,
  values: readonly string[],
): string {
  const names = values.map((value) => filter.label(value, labels));
  const list = listFormat(labels.language, filter.combine === "all" ? "conjunction" : "disjunction");
  return t(`filters.${filter.param}.chip`, { values: list.format(names) });
}
