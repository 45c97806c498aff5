import { Anchor, Badge, Group, Text, VisuallyHidden } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { AuthorList } from "../../components/author-list";
import { ExternalLink } from "../../components/external-link";
import { ResultsList } from "../../components/results-list";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLocale } from "../../lib/locale/use-locale";
import { fieldText, fieldValues, valueLabel } from "../../lib/paper-fields/paper-fields";
import { useFieldContext } from "../../lib/paper-fields/use-field-context";
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
  values: readonly string[];
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

/** One paper's value for one row of the comparison. */
export function CompareCell({ paper, row, shared }: { paper: Paper; row: RowKey; shared: ReadonlySet<string> }) {
  const { t } = useTranslation("compare");
  const context = useFieldContext();
  const { tag } = useLocale();
  switch (row) {
    case "authors":
      return <AuthorList paper={paper} />;
    case "results":
      return <ResultsList results={paper.results} emptyText={t("cell.noResults")} />;
    case "summary":
      return (
        <Text size="sm" lang={tag}>
          {fieldText(row, paper, context)}
        </Text>
      );
    case "links":
      return <Links paper={paper} />;
    default:
      return (
        <>
          <Values
            values={fieldValues(row, paper, context)}
            label={(value) => valueLabel(row, value, context.labels)}
            shared={shared}
          />
          {row === "institutions" && paper.hasCollaborators && (
            <Text size="xs" c="dimmed" mt={4}>
              {t("cell.andCollaborators")}
            </Text>
          )}
        </>
      );
  }
}
