import { Badge, DataList, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/anchor-link";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import type { Paper } from "../../lib/dataset/schema";
import { useLabels } from "../../lib/labels/use-labels";

function InstitutionLinks({ paper }: { paper: Paper }) {
  const { t } = useTranslation("detail");
  const labels = useLabels();
  const institutionById = useDatasetStore((state) => state.loaded?.indexes.institutionById);
  return (
    <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
      {paper.institutions.map((id) => {
        const institution = institutionById?.get(id);
        const name = labels.institution(id);
        return (
          <li key={id}>
            <AnchorLink to="/" search={{ inst: [id] }} size="sm" title={t("facts.filterByInstitution", { name })}>
              {name}
            </AnchorLink>
            {institution && (
              <Text span size="xs" c="dimmed">
                {` · ${labels.type(institution.type)} · ${labels.country(institution.country)}`}
              </Text>
            )}
          </li>
        );
      })}
      {paper.hasCollaborators && (
        <Text component="li" size="sm" c="dimmed">
          {t("facts.andCollaborators")}
        </Text>
      )}
    </Stack>
  );
}

/** The paper's classification, each institution a link to the table filtered by it. */
export function PaperFacts({ paper }: { paper: Paper }) {
  const { t, i18n } = useTranslation("detail");
  const labels = useLabels();
  const digest = useDatasetStore((state) => state.loaded?.dataset.source.digests.find((d) => d.id === paper.digest));
  const chapter = labels.chapter(paper.chapter);
  const none = t("facts.none");
  const items = [
    {
      label: t("facts.chapter"),
      value: (
        <AnchorLink
          to="/"
          search={{ chapter: [paper.chapter] }}
          size="sm"
          title={t("facts.filterByChapter", { name: chapter })}
        >
          {chapter}
        </AnchorLink>
      ),
    },
    {
      label: t("facts.institutions"),
      value: paper.institutions.length > 0 ? <InstitutionLinks paper={paper} /> : none,
    },
    {
      label: t("facts.modalities"),
      value: (
        <Group gap={4}>
          {paper.modalities.map((modality) => (
            <Badge key={modality} variant="light" size="sm" tt="none">
              {labels.modality(modality)}
            </Badge>
          ))}
        </Group>
      ),
    },
    {
      label: t("facts.tasks"),
      value:
        paper.tasks.length > 0 ? (
          <Group gap={4}>
            {paper.tasks.map((task) => (
              <Badge key={task} variant="outline" color="gray" size="sm" tt="none" fw={500}>
                {labels.task(task)}
              </Badge>
            ))}
          </Group>
        ) : (
          none
        ),
    },
    { label: t("facts.kind"), value: labels.kind(paper.kind) },
    { label: t("facts.published"), value: paper.published ?? none },
    { label: t("facts.arxivId"), value: paper.arxivId ?? none },
    {
      label: t("facts.digest"),
      value: digest ? (i18n.language === "zh" ? digest.titleZh : digest.titleEn) : paper.digest,
    },
  ];
  return (
    <DataList size="sm" gap="xs" labelWidth={104}>
      {items.map((item) => (
        <DataList.Item key={item.label}>
          <DataList.ItemLabel c="dimmed">{item.label}</DataList.ItemLabel>
          <DataList.ItemValue>{item.value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
