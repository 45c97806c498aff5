import { Anchor, Badge, Group, Text, VisuallyHidden } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ExternalLink } from "../../components/external-link";
import { ResultsList } from "../../components/results-list";
import type { Paper } from "../../lib/dataset/schema";
import { type Labels, useLabels } from "../../lib/labels/use-labels";
import type { RowKey } from "./compare-rows";
import classes from "./compare-table.module.css";

/** A value, marked (by icon, colour and text) when every compared paper has it. */
function Value({ label, shared }: { label: string; shared: boolean }) {
  const { t } = useTranslation("compare");
  return (
    <Badge
      component="li"
      variant={shared ? "light" : "outline"}
      color={shared ? "teal" : "gray"}
      classNames={{ root: `${classes.value} ${shared ? classes.shared : ""}`, label: classes.valueLabel }}
      size="md"
      tt="none"
      fw={500}
      leftSection={shared ? <IconCheck size={12} aria-hidden="true" /> : undefined}
    >
      {label}
      {shared && <VisuallyHidden>{` ${t("sharedValue")}`}</VisuallyHidden>}
    </Badge>
  );
}

function Values({
  values,
  label,
  shared,
}: {
  values: string[];
  label: (value: string) => string;
  shared: ReadonlySet<string>;
}) {
  const { t } = useTranslation("compare");
  if (values.length === 0) return <Text size="sm">{t("cell.none")}</Text>;
  return (
    <Group component="ul" gap={4} m={0} p={0} style={{ listStyle: "none" }}>
      {values.map((value) => (
        <Value key={value} label={label(value)} shared={shared.has(value)} />
      ))}
    </Group>
  );
}

function Links({ paper }: { paper: Paper }) {
  const { t } = useTranslation("compare");
  const links: { key: "arxiv" | "pdf" | "project" | "code" | "other"; href: string | null }[] = [
    { key: "arxiv", href: paper.links.arxiv },
    { key: "pdf", href: paper.arxivId && `https://arxiv.org/pdf/${paper.arxivId}` },
    { key: "project", href: paper.links.project },
    { key: "code", href: paper.links.code },
    ...paper.links.other.map((href) => ({ key: "other" as const, href })),
  ];
  const present = links.filter((link) => link.href);
  if (present.length === 0) return <Text size="sm">{t("cell.none")}</Text>;
  return (
    <Group gap="xs">
      {present.map(({ key, href }) => (
        <Anchor key={`${key}:${href}`} component={ExternalLink} href={href ?? ""} size="sm">
          {t(`links.${key}`)}
          <VisuallyHidden>{` ${t("links.newTab")}`}</VisuallyHidden>
        </Anchor>
      ))}
    </Group>
  );
}

function labelFor(key: RowKey, labels: Labels): (value: string) => string {
  switch (key) {
    case "chapter":
      return labels.chapter;
    case "institutions":
      return labels.institution;
    case "modalities":
      return (value) => labels.modality(value as Paper["modalities"][number]);
    case "kind":
      return (value) => labels.kind(value as Paper["kind"]);
    case "tasks":
      return labels.task;
    default:
      return (value) => value;
  }
}

/** One paper's value for one row of the comparison. */
export function CompareCell({ paper, row, shared }: { paper: Paper; row: RowKey; shared: ReadonlySet<string> }) {
  const { t } = useTranslation("compare");
  const labels = useLabels();
  const label = labelFor(row, labels);
  switch (row) {
    case "chapter":
    case "kind":
      return <Values values={[paper[row]]} label={label} shared={shared} />;
    case "published":
      return <Values values={paper.published ? [paper.published] : []} label={label} shared={shared} />;
    case "institutions":
      return (
        <>
          <Values values={paper.institutions} label={label} shared={shared} />
          {paper.hasCollaborators && (
            <Text size="xs" c="dimmed" mt={4}>
              {t("cell.andCollaborators")}
            </Text>
          )}
        </>
      );
    case "modalities":
    case "tasks":
      return <Values values={paper[row]} label={label} shared={shared} />;
    case "results":
      return <ResultsList results={paper.results} emptyText={t("cell.noResults")} />;
    case "summary":
      return (
        <Text size="sm" lang={labels.language === "zh" ? "zh-CN" : "en"}>
          {paper.summary[labels.language]}
        </Text>
      );
    case "links":
      return <Links paper={paper} />;
  }
}
