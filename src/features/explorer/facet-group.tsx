import { Badge, Button, Checkbox, Fieldset, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import classes from "./facet-group.module.css";
import type { FacetOption } from "./facet-options";

const COLLAPSED_COUNT = 8;
// Rendering thousands of checkboxes is slow and useless; the search box narrows long lists.
const MAX_SHOWN = 200;

interface FacetGroupProps {
  legend: string;
  options: FacetOption[];
  onToggle: (value: string, checked: boolean) => void;
  searchable?: boolean;
}

export function FacetGroup({ legend, options, onToggle, searchable = false }: FacetGroupProps) {
  const { t } = useTranslation("explorer");
  const [expanded, setExpanded] = useState(false);
  const [query, setQuery] = useState("");
  const needle = query.trim().toLowerCase();
  const matching = needle
    ? options.filter((o) => o.label.toLowerCase().includes(needle) || o.value.includes(needle))
    : options;
  const limit = expanded || needle ? MAX_SHOWN : COLLAPSED_COUNT;
  // Checked values stay visible even when the list is collapsed.
  const shown = matching.filter((o, index) => index < limit || o.selected);

  return (
    <Fieldset legend={legend} variant="unstyled" className={classes.group}>
      <Stack gap={6}>
        {searchable && (
          <TextInput
            size="xs"
            type="search"
            aria-label={t("facets.findInstitution")}
            placeholder={t("facets.findInstitution")}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
        )}
        {shown.map((option) => (
          <Checkbox
            key={option.value}
            size="xs"
            checked={option.selected}
            onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
            aria-label={t("facets.valueLabel", { label: option.label, count: option.count })}
            className={option.count === 0 && !option.selected ? classes.dimmed : undefined}
            classNames={{ body: classes.checkboxBody, labelWrapper: classes.labelWrapper }}
            label={
              <Group gap={6} wrap="nowrap" justify="space-between" className={classes.optionLabel}>
                <Text size="sm" truncate="end" title={option.label}>
                  {option.label}
                </Text>
                <Badge size="sm" variant="light" color={option.count === 0 ? "gray" : undefined} aria-hidden="true">
                  {option.count}
                </Badge>
              </Group>
            }
          />
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
