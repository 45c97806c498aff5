import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useUpdateViewSearch, useViewSearch } from "../../lib/view-search/use-view-search";
import { hasActiveFilters } from "../../lib/view-search/view-search";

export function ResultSummary({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation("explorer");
  const search = useViewSearch();
  const updateSearch = useUpdateViewSearch();
  return (
    <Group gap="sm">
      <Text size="sm" fw={600} role="status" aria-live="polite" aria-atomic="true">
        {t("count", { shown, total })}
      </Text>
      {hasActiveFilters(search) && (
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
}
