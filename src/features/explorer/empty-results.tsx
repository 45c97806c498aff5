import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../lib/labels/use-labels";
import { useUpdateViewSearch, useViewSearch } from "../../lib/view-search/use-view-search";
import { FACET_PARAMS } from "../../lib/view-search/view-search";

/** Names every filter that is excluding papers and offers to remove each one. */
export function EmptyResults() {
  const { t } = useTranslation("explorer");
  const labels = useLabels();
  const search = useViewSearch();
  const updateSearch = useUpdateViewSearch();
  const chips = FACET_PARAMS.flatMap((facet) =>
    (search[facet] ?? []).map((value) => ({
      key: `${facet}:${value}`,
      label: `${t(`facets.${facet}`)}: ${labels.facetValue(facet, value)}`,
      remove: () => {
        const rest = (search[facet] ?? []).filter((v: string) => v !== value);
        updateSearch({ [facet]: rest.length > 0 ? rest : undefined });
      },
    })),
  );
  if (search.coauthors?.length) {
    chips.unshift({
      key: "coauthors",
      label: t("coauthors", { names: search.coauthors.map(labels.institution).join(", ") }),
      remove: () => updateSearch({ coauthors: undefined }),
    });
  }
  if (search.q) {
    chips.unshift({
      key: "q",
      label: t("empty.query", { query: search.q }),
      remove: () => updateSearch({ q: undefined }),
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
