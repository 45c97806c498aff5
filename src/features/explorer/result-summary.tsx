import { Button, Group, Text } from "@mantine/core";
import { memo } from "react";
import { useTranslation } from "../../lib/i18n/use-translation";
import { usePaperView } from "../../lib/view/use-paper-view";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { hasActiveFilters, withoutFilters } from "../../lib/view/view";
import { FilterChips } from "./filter-chips";

/** "12 of 66 papers" (or that the search is not ready yet), the filter chips, and "Clear all filters". */
export const ResultSummary = memo(function ResultSummary() {
  const { t } = useTranslation("explorer");
  const { rows, loaded, searchPending: pending } = usePaperView();
  const shown = rows.length;
  const total = loaded?.dataset.papers.length ?? 0;
  const filtered = useView(hasActiveFilters);
  const updateView = useUpdateView();
  return (
    <Group gap="sm">
      <Text size="sm" fw={600} role="status" aria-live="polite" aria-atomic="true">
        {pending ? t("search.preparing") : t("count", { shown, total })}
      </Text>
      <FilterChips />
      {filtered && (
        <Button variant="subtle" size="compact-sm" onClick={() => updateView(withoutFilters)}>
          {t("clearAll")}
        </Button>
      )}
    </Group>
  );
});
