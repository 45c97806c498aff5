import { Button, Fieldset, Stack, Text, TextInput } from "@mantine/core";
import { useSearch } from "@tanstack/react-router";
import { memo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useUpdateViewSearch } from "../../lib/view-search/use-view-search";
import type { FacetParam } from "../../lib/view-search/view-search";
import classes from "./facet-group.module.css";
import type { FacetOption } from "./facet-options";

const COLLAPSED_COUNT = 8;
// Rendering thousands of checkboxes is slow and useless; the search box narrows long lists.
const MAX_SHOWN = 200;
const NO_VALUES: string[] = [];

interface FacetGroupProps {
  facet: FacetParam;
  legend: string;
  options: FacetOption[];
  searchable?: boolean;
}

function FacetGroupView({ facet, legend, options, searchable = false }: FacetGroupProps) {
  const { t } = useTranslation("explorer");
  const selected: string[] = useSearch({ from: "__root__", select: (search) => search[facet] ?? NO_VALUES });
  const updateSearch = useUpdateViewSearch();
  const [expanded, setExpanded] = useState(false);
  const [query, setQuery] = useState("");
  const needle = query.trim().toLowerCase();
  const matching = needle
    ? options.filter((o) => o.label.toLowerCase().includes(needle) || o.value.includes(needle))
    : options;
  const limit = expanded || needle ? MAX_SHOWN : COLLAPSED_COUNT;
  // Checked values stay visible even when the list is collapsed.
  const shown = matching.filter((o, index) => index < limit || o.selected);

  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...selected, value] : selected.filter((v) => v !== value);
    updateSearch({ [facet]: next.length > 0 ? next : undefined });
  };

  return (
    <Fieldset legend={legend} variant="unstyled" className={classes.group}>
      <Stack gap={2}>
        {searchable && (
          <TextInput
            size="xs"
            mb={4}
            type="search"
            aria-label={t("facets.findInstitution")}
            placeholder={t("facets.findInstitution")}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
        )}
        {shown.map((option) => (
          <label
            key={option.value}
            className={classes.option}
            data-dimmed={(option.count === 0 && !option.selected) || undefined}
          >
            <input
              type="checkbox"
              className={classes.checkbox}
              checked={option.selected}
              onChange={(event) => toggle(option.value, event.currentTarget.checked)}
              aria-label={t("facets.valueLabel", { label: option.label, count: option.count })}
            />
            <span className={classes.label} title={option.label}>
              {option.label}
            </span>
            <span className={classes.count} aria-hidden="true">
              {option.count}
            </span>
          </label>
        ))}
        {needle && matching.length === 0 && (
          <Text size="xs" c="dimmed">
            {t("facets.noInstitution", { query })}
          </Text>
        )}
        {!needle && matching.length > COLLAPSED_COUNT && (
          <Button variant="subtle" size="compact-xs" onClick={() => setExpanded(!expanded)} w="fit-content">
            {expanded ? t("facets.showFewer") : t("facets.showAll", { count: matching.length })}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}

function sameOptions(a: FacetOption[], b: FacetOption[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as FacetOption;
    const y = b[i] as FacetOption;
    if (x.value !== y.value || x.count !== y.count || x.selected !== y.selected || x.label !== y.label) return false;
  }
  return true;
}

/** Re-renders only when its values, counts or labels change, not on every URL change. */
export const FacetGroup = memo(
  FacetGroupView,
  (a, b) =>
    a.facet === b.facet && a.legend === b.legend && a.searchable === b.searchable && sameOptions(a.options, b.options),
);
