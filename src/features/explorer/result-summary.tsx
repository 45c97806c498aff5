import { Button, Group, Text } from "@mantine/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { hasActiveFilters, withoutFilters } from "../../lib/view/view";
import { FilterChips } from "./filter-chips";

interface ResultSummaryProps {
  shown: number;
  total: number;
  /** The search text's papers are not known yet (the index is not ready). */
  pending: boolean;
}

export const ResultSummary = memo(function ResultSummary({ shown, total, pending }: ResultSummaryProps) {
  const { t } = useTranslation("explorer");
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
