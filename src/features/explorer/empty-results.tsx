import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { FILTERS } from "../../lib/filters/filters";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { withFilter } from "../../lib/view/view";
import { filterChipLabel } from "./filter-label";

/** Names every filter that is excluding papers and offers to remove each one. */
export function EmptyResults() {
  const { t } = useTranslation("explorer");
  const labels = useLabels();
  const view = useView((current) => current);
  const updateView = useUpdateView();
  const chips = FILTERS.flatMap((filter) => {
    const values = view.filters[filter.param];
    // A filter whose values must all hold is one condition; other filters' values are each one.
    const groups = filter.combine === "all" ? [values] : values.map((value) => [value]);
    return groups
      .filter((group) => group.length > 0)
      .map((group) => ({
        key: `${filter.param}:${group.join(",")}`,
        label: filterChipLabel(t, labels, filter, group),
        remove: () =>
          updateView((current) =>
            withFilter(
              current,
              filter.param,
              current.filters[filter.param].filter((value) => !group.includes(value)),
            ),
          ),
      }));
  });
  if (view.q) {
    chips.unshift({
      key: "q",
      label: t("empty.query", { query: view.q }),
      remove: () => updateView((current) => ({ ...current, q: "" })),
    });
  }
  return (
    <Stack align="center" gap="sm" py="xl">
      <Title order={2} size="h4">
        {t("empty.title")}
      </Title>
      <Text c="dimmed">{t("empty.body")}</Text>
      <Group justify="center" gap="xs">
        {chips.map((chip) => (
          <Button
            key={chip.key}
            variant="light"
            size="compact-sm"
            onClick={chip.remove}
            rightSection={<span aria-hidden="true">×</span>}
          >
            {t("empty.remove", { label: chip.label })}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
