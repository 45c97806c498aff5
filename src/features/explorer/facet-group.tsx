import { Button, Fieldset, Stack, Text, TextInput } from "@mantine/core";
import { memo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LoadedDataset } from "../../lib/dataset/dataset-store";
import type { Filter } from "../../lib/filters/filters";
import { useLabels } from "../../lib/labels/use-labels";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { withFilter } from "../../lib/view/view";
import classes from "./facet-group.module.css";
import { facetOptions } from "./facet-options";

const COLLAPSED_COUNT = 8;
// Rendering thousands of checkboxes is slow and useless; the find box narrows long lists.
const MAX_SHOWN = 200;

interface FacetGroupProps {
  filter: Filter;
  loaded: LoadedDataset;
  /** The view's counts for this filter, by value code. */
  counts: Uint32Array;
}

/** One filter's checkboxes, with counts; long lists collapse and can be searched. */
export const FacetGroup = memo(function FacetGroup({ filter, loaded, counts }: FacetGroupProps) {
  const { t } = useTranslation("explorer");
  const labels = useLabels();
  const selected = useView((view) => view.filters[filter.param]);
  const updateView = useUpdateView();
  const [expanded, setExpanded] = useState(false);
  const [query, setQuery] = useState("");
  const options = facetOptions(
    filter,
    loaded.indexes.filters.byParam[filter.param],
    loaded.dataset,
    labels,
    counts,
    selected,
  );
  const needle = query.trim().toLowerCase();
  const matching = needle
    ? options.filter((o) => o.label.toLowerCase().includes(needle) || o.value.includes(needle))
    : options;
  const limit = expanded || needle ? MAX_SHOWN : COLLAPSED_COUNT;
  // Checked values stay visible even when the list is collapsed.
  const shown = matching.filter((o, index) => index < limit || o.selected);

  // Reads the selection from the URL at the moment of the click: the memoised checkboxes keep the
  // first `toggle` they were given.
  const toggle = (value: string, checked: boolean) =>
    updateView((view) => {
      const current = view.filters[filter.param];
      return withFilter(view, filter.param, checked ? [...current, value] : current.filter((v) => v !== value));
    });

  return (
    <Fieldset legend={t(`filters.${filter.param}.name`)} variant="unstyled" className={classes.group}>
      <Stack gap={2}>
        {"findable" in filter && filter.findable && (
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
          <FacetCheckbox key={option.value} {...option} onToggle={toggle} />
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
});

interface FacetCheckboxProps {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  onToggle: (value: string, checked: boolean) => void;
}

/** One value; re-renders only when its count or state changes (the toggle reads the latest selection). */
const FacetCheckbox = memo(
  function FacetCheckbox({ value, label, count, selected, onToggle }: FacetCheckboxProps) {
    const { t } = useTranslation("explorer");
    return (
      <label className={classes.option} data-dimmed={(count === 0 && !selected) || undefined}>
        <input
          type="checkbox"
          className={classes.checkbox}
          checked={selected}
          onChange={(event) => onToggle(value, event.currentTarget.checked)}
          aria-label={t("facets.valueLabel", { label, count })}
        />
        <span className={classes.label} title={label}>
          {label}
        </span>
        <span className={classes.count} aria-hidden="true">
          {count}
        </span>
      </label>
    );
  },
  (a, b) => a.value === b.value && a.label === b.label && a.count === b.count && a.selected === b.selected,
);
