import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { useLabels } from "../../lib/labels/use-labels";
import type { PaperView } from "../../lib/paper-view/compute-view";
import { useViewSearch } from "../../lib/view-search/use-view-search";
import { FACET_PARAMS } from "../../lib/view-search/view-search";
import { FacetGroup } from "./facet-group";
import { facetOptions } from "./facet-options";

export function FacetPanel({ counts }: { counts: PaperView["counts"] }) {
  const { t } = useTranslation("explorer");
  const loaded = useDatasetStore((state) => state.loaded);
  const search = useViewSearch();
  const labels = useLabels();
  if (!loaded) return null;

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
          facet={facet}
          legend={t(`facets.${facet}`)}
          searchable={facet === "inst"}
          options={facetOptions(facet, loaded.dataset, loaded.indexes, counts[facet], search[facet] ?? [], (value) =>
            labels.facetValue(facet, value),
          )}
        />
      ))}
    </Stack>
  );
}
