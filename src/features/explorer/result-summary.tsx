import { Button, Group, Text } from "@mantine/core";
import { useSearch } from "@tanstack/react-router";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { useUpdateViewSearch } from "../../lib/view-search/use-view-search";
import { hasActiveFilters, NO_FILTERS } from "../../lib/view-search/view-search";
import { CoauthorChip } from "./coauthor-chip";

export const ResultSummary = memo(function ResultSummary({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation("explorer");
  const filtered = useSearch({ from: "__root__", select: hasActiveFilters });
  const updateSearch = useUpdateViewSearch();
  return (
    <Group gap="sm">
      <Text size="sm" fw={600} role="status" aria-live="polite" aria-atomic="true">
        {t("count", { shown, total })}
      </Text>
      <CoauthorChip />
      {filtered && (
        <Button variant="subtle" size="compact-sm" onClick={() => updateSearch(NO_FILTERS)}>
          {t("clearAll")}
        </Button>
      )}
    </Group>
  );
});
