import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { useLabels } from "../../lib/labels/use-labels";
import type { PaperView } from "../../lib/paper-view/compute-view";
import { useUpdateViewSearch, useViewSearch } from "../../lib/view-search/use-view-search";
import { FACET_PARAMS, type FacetParam } from "../../lib/view-search/view-search";
import { FacetGroup } from "./facet-group";
import { facetOptions } from "./facet-options";

export function FacetPanel({ counts }: { counts: PaperView["counts"] }) {
  const { t } = useTranslation("explorer");
  const loaded = useDatasetStore((state) => state.loaded);
  const search = useViewSearch();
  const updateSearch = useUpdateViewSearch();
  const labels = useLabels();
  if (!loaded) return null;

  const toggle = (facet: FacetParam, value: string, checked: boolean) => {
    const current: string[] = search[facet] ?? [];
    const next = checked ? [...current, value] : current.filter((v) => v !== value);
    updateSearch({ [facet]: next.length > 0 ? next : undefined });
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="facets-heading">
      <Title order={2} size="h5" id="facets-heading">
        {t("facets.heading")}
      </Title>
      <Text size="xs" c="dimmed">
        {t("facets.semantics")}
      </Text>
      {FACET_PARAMS.map((facet) => (
        <FacetGroup
          key={facet}
          legend={t(`facets.${facet}`)}
          searchable={facet === "inst"}
          options={facetOptions(facet, loaded.dataset, loaded.indexes, counts[facet], search[facet] ?? [], (value) =>
            labels.facetValue(facet, value),
          )}
          onToggle={(value, checked) => toggle(facet, value, checked)}
        />
      ))}
    </Stack>
  );
}
