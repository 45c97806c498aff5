import { Button, TextInput } from "@mantine/core";
import { memo, type ReactNode, useState } from "react";
import type { LoadedDataset } from "../../lib/dataset/dataset-store";
import type { ValueIndex } from "../../lib/filters/filter-index";
import type { Filter, FilterGroup } from "../../lib/filters/filters";
import type { TFunction } from "../../lib/i18n/types";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { withFilter } from "../../lib/view/view";
import classes from "./facet-group.module.css";
import { type FacetOption, facetOptions } from "./facet-options";

const COLLAPSED_COUNT = 8;
const NO_GROUPS = [] as const;
// Rendering thousands of checkboxes is slow and useless; the find box narrows long lists.
const MAX_SHOWN = 200;

// ", 12 papers" for each count, per language: a filter change re-labels dozens of checkboxes.
const suffixes = new Map<string, string>();
function countSuffix(t: TFunction<"explorer">, language: string, count: number): string {
  const key = `${language}:${count}`;
  let suffix = suffixes.get(key);
  if (suffix === undefined) {
    suffix = t("facets.countSuffix", { count });
    suffixes.set(key, suffix);
  }
  return suffix;
}

const inGroup = (group: FilterGroup, value: string) => group.values.includes(value);

interface FacetGroupProps {
  filter: Filter;
  loaded: LoadedDataset;
  /** The filter's coded values (the reader's own for library filters). */
  values: ValueIndex;
  /** The view's counts for this filter, by value code. */
  counts: Uint32Array;
}

/**
 * One filter's checkboxes, with counts; long lists collapse and can be searched. Plain elements:
 * every filter change re-renders each group.
 */
export const FacetGroup = memo(function FacetGroup({ filter, loaded, values, counts }: FacetGroupProps) {
  const { t, i18n } = useTranslation("explorer");
  const labels = useLabels();
  const selected = useView((view) => view.filters[filter.param]);
  const updateView = useUpdateView();
  const [expanded, setExpanded] = useState(false);
  const [query, setQuery] = useState("");
  const options = facetOptions(filter, values, loaded.dataset, labels, counts);
  const chosen = new Set(selected);
  const needle = query.trim().toLowerCase();
  const matching = needle
    ? options.filter((o) => o.label.toLowerCase().includes(needle) || o.value.includes(needle))
    : options;
  const limit = expanded || needle ? MAX_SHOWN : COLLAPSED_COUNT;
  // Checked values stay visible even when the list is collapsed.
  const shown = matching.slice(0, limit);
  if (chosen.size > 0) {
    for (let at = limit; at < matching.length; at++) {
      const option = matching[at] as FacetOption;
      if (chosen.has(option.value)) shown.push(option);
    }
  }
  const checkbox = (option: FacetOption) => (
    <FacetCheckbox
      key={option.value}
      param={filter.param}
      value={option.value}
      label={option.label}
      count={option.count}
      selected={chosen.has(option.value)}
      ariaLabel={option.label + countSuffix(t, i18n.language, option.count)}
      update={updateView}
    />
  );
  // A group's members are listed under its checkbox, where the first of them would be.
  const groups = ("groups" in filter && filter.groups) || NO_GROUPS;
  const items: ReactNode[] = [];
  const placed = new Set<string>();
  for (const option of shown) {
    if (placed.has(option.value)) continue;
    const group = groups.find((g) => inGroup(g, option.value));
    if (!group) {
      items.push(checkbox(option));
      continue;
    }
    const members = shown.filter((o) => inGroup(group, o.value));
    for (const member of members) placed.add(member.value);
    items.push(
      <fieldset key={`group:${group.id}`} className={classes.group} aria-label={t(`facets.groups.${group.id}`)}>
        <GroupCheckbox
          param={filter.param}
          group={group}
          label={t(`facets.groups.${group.id}`)}
          selected={selected}
          update={updateView}
        />
        <div className={classes.members}>{members.map(checkbox)}</div>
      </fieldset>,
    );
  }
  // A library filter with nothing to choose yet (no tags) is left out.
  if (options.length === 0) return null;

  return (
    <fieldset className={classes.group}>
      <legend className={classes.legend}>{t(`filters.${filter.param}.name`)}</legend>
      {"findable" in filter && filter.findable && (
        <FindBox label={t("facets.findInstitution")} query={query} onChange={setQuery} />
      )}
      {items}
      {needle && matching.length === 0 && <p className={classes.note}>{t("facets.noInstitution", { query })}</p>}
      {!needle && matching.length > COLLAPSED_COUNT && (
        <ShowMore
          label={expanded ? t("facets.showFewer") : t("facets.showAll", { count: matching.length })}
          onClick={() => setExpanded(!expanded)}
        />
      )}
    </fieldset>
  );
});

const FindBox = memo(function FindBox({
  label,
  query,
  onChange,
}: {
  label: string;
  query: string;
  onChange: (query: string) => void;
}) {
  return (
    <TextInput
      size="xs"
      mb={4}
      type="search"
      aria-label={label}
      placeholder={label}
      value={query}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
});

const ShowMore = memo(
  function ShowMore({ label, onClick }: { label: string; onClick: () => void }) {
    return (
      <Button variant="subtle" size="compact-xs" onClick={onClick} w="fit-content">
        {label}
      </Button>
    );
  },
  (a, b) => a.label === b.label,
);

interface FacetCheckboxProps {
  param: Filter["param"];
  value: string;
  label: string;
  count: number;
  selected: boolean;
  ariaLabel: string;
  update: ReturnType<typeof useUpdateView>;
}

/** One value; re-renders only when its count or state changes. */
const FacetCheckbox = memo(function FacetCheckbox({
  param,
  value,
  label,
  count,
  selected,
  ariaLabel,
  update,
}: FacetCheckboxProps) {
  // The selection is read from the URL at the moment of the click, not from this render.
  const toggle = (checked: boolean) =>
    update((view) => {
      const current = view.filters[param];
      return withFilter(view, param, checked ? [...current, value] : current.filter((v) => v !== value));
    });
  return (
    <label className={classes.option} data-dimmed={(count === 0 && !selected) || undefined}>
      <input
        type="checkbox"
        className={classes.checkbox}
        checked={selected}
        onChange={(event) => toggle(event.currentTarget.checked)}
        aria-label={ariaLabel}
      />
      <span className={classes.label} title={label}>
        {label}
      </span>
      <span className={classes.count} aria-hidden="true">
        {count}
      </span>
    </label>
  );
});

interface GroupCheckboxProps {
  param: Filter["param"];
  group: FilterGroup;
  label: string;
  selected: readonly string[];
  update: ReturnType<typeof useUpdateView>;
}

/** Chooses every value of a group, or (when all are chosen) none; mixed when only some are. */
function GroupCheckbox({ param, group, label, selected, update }: GroupCheckboxProps) {
  const chosen = group.values.filter((value) => selected.includes(value)).length;
  const all = chosen === group.values.length;
  const toggle = () =>
    update((view) => {
      const current = view.filters[param];
      const allChosen = group.values.every((value) => current.includes(value));
      return withFilter(
        view,
        param,
        allChosen
          ? current.filter((value) => !group.values.includes(value))
          : [...current, ...group.values.filter((value) => !current.includes(value))],
      );
    });
  return (
    <label className={classes.option}>
      <input
        type="checkbox"
        className={classes.checkbox}
        checked={all}
        ref={(input) => {
          if (input) input.indeterminate = chosen > 0 && !all;
        }}
        onChange={toggle}
      />
      <span className={classes.label} title={label}>
        {label}
      </span>
    </label>
  );
}
