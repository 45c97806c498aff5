import { ActionIcon, Badge, Group, Highlight, Stack, Text, Tooltip } from "@mantine/core";
import { IconBrandGithub, IconFileText, IconWorld } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ExternalLink } from "../../components/external-link";
import type { Paper } from "../../lib/dataset/schema";
import { useLabels } from "../../lib/labels/use-labels";
import { useHighlightTerms } from "./use-highlight-terms";

export function NameCell({ paper }: { paper: Paper }) {
  const terms = useHighlightTerms();
  const { i18n } = useTranslation();
  const secondary = i18n.language === "zh" ? paper.headingZh : (paper.title ?? paper.headingZh);
  return (
    <Stack gap={2} miw={0}>
      <Highlight highlight={terms} fw={600} size="sm" component="span">
        {paper.name}
      </Highlight>
      <Highlight highlight={terms} size="xs" c="dimmed" lineClamp={2} component="span">
        {secondary}
      </Highlight>
    </Stack>
  );
}

export function InstitutionsCell({ paper }: { paper: Paper }) {
  const labels = useLabels();
  const { t } = useTranslation("explorer");
  const terms = useHighlightTerms();
  return (
    <Group gap={4}>
      {paper.institutions.map((id) => (
        <Badge key={id} variant="outline" color="gray" size="sm" tt="none" fw={500}>
          <Highlight highlight={terms} component="span" size="xs" inherit>
            {labels.institution(id)}
          </Highlight>
        </Badge>
      ))}
      {paper.hasCollaborators && (
        <Text size="xs" c="dimmed">
          {t("columns.andCollaborators")}
        </Text>
      )}
    </Group>
  );
}

export function ModalitiesCell({ paper }: { paper: Paper }) {
  const labels = useLabels();
  return <Text size="sm">{paper.modalities.map(labels.modality).join(", ")}</Text>;
}

export function LinksCell({ paper }: { paper: Paper }) {
  const { t } = useTranslation("explorer");
  const links = [
    { key: "arxiv", url: paper.links.arxiv, Icon: IconFileText },
    { key: "project", url: paper.links.project, Icon: IconWorld },
    { key: "code", url: paper.links.code, Icon: IconBrandGithub },
  ] as const;
  return (
    <Group gap={4} wrap="nowrap">
      {links.map(({ key, url, Icon }) =>
        url ? (
          <Tooltip key={key} label={t(`links.${key}`)}>
            <ActionIcon
              component={ExternalLink}
              href={url}
              variant="subtle"
              size="sm"
              aria-label={t("links.of", { link: t(`links.${key}`), name: paper.name })}
              onClick={(event: React.MouseEvent) => event.stopPropagation()}
            >
              <Icon size={16} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
        ) : null,
      )}
    </Group>
  );
}
