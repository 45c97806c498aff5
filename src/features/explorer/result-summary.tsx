import { Button, Group, Text } from "@mantine/core";
import { useSearch } from "@tanstack/react-router";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { useUpdateViewSearch } from "../../lib/view-search/use-view-search";
import { hasActiveFilters } from "../../lib/view-search/view-search";

export const ResultSummary = memo(function ResultSummary({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation("explorer");
  const filtered = useSearch({ from: "__root__", select: hasActiveFilters });
  const updateSearch = useUpdateViewSearch();
  return (
    <Group gap="sm">
      <Text size="sm" fw={600} role="status" aria-live="polite" aria-atomic="true">
        {t("count", { shown, total })}
      </Text>
      {filtered && (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() =>
            updateSearch({
              q: undefined,
              chapter: undefined,
              inst: undefined,
              modality: undefined,
              kind: undefined,
              type: undefined,
              country: undefined,
            })
          }
        >
          {t("clearAll")}
        </Button>
      )}
    </Group>
  );
});
