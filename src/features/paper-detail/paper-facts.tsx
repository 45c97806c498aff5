import { Badge, DataList, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { AnchorLink } from "../../components/anchor-link";
import { AuthorList } from "../../components/author-list";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { type FieldId, fieldText, fieldValues, valueLabel } from "../../lib/paper-fields/paper-fields";
import { useFieldContext } from "../../lib/paper-fields/use-field-context";
import "./i18n";

/** The facts the pane lists, top to bottom. */
const FACTS = [
  "authors",
  "chapter",
  "institutions",
  "modalities",
  "tasks",
  "kind",
  "published",
  "arxivId",
  "digest",
] as const satisfies readonly FieldId[];
type Fact = (typeof FACTS)[number];

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

function ChapterLink({ paper }: { paper: Paper }) {
  const { t } = useTranslation("detail");
  const chapter = useLabels().chapter(paper.chapter);
  return (
    <AnchorLink
      to="/"
      search={{ chapter: [paper.chapter] }}
      size="sm"
      title={t("facts.filterByChapter", { name: chapter })}
    >
      {chapter}
    </AnchorLink>
  );
}

function Badges({
  paper,
  field,
  variant,
}: {
  paper: Paper;
  field: "modalities" | "tasks";
  variant: "light" | "outline";
}) {
  const context = useFieldContext();
  return (
    <Group gap={4}>
      {fieldValues(field, paper, context).map((value) => (
        <Badge
          key={value}
          variant={variant}
          color={variant === "outline" ? "gray" : undefined}
          size="sm"
          tt="none"
          fw={variant === "outline" ? 500 : undefined}
        >
          {valueLabel(field, value, context.labels)}
        </Badge>
      ))}
    </Group>
  );
}

/** Facts shown as more than text: links to filter the table by, badges, the author list. */
const RENDERED: Partial<Record<Fact, (paper: Paper) => ReactNode>> = {
  authors: (paper) => <AuthorList paper={paper} />,
  chapter: (paper) => <ChapterLink paper={paper} />,
  institutions: (paper) => <InstitutionLinks paper={paper} />,
  modalities: (paper) => <Badges paper={paper} field="modalities" variant="light" />,
  tasks: (paper) => <Badges paper={paper} field="tasks" variant="outline" />,
};

/** The paper's classification, each institution a link to the table filtered by it. */
export function PaperFacts({ paper }: { paper: Paper }) {
  const { t } = useTranslation("detail");
  const context = useFieldContext();
  return (
    <DataList size="sm" gap="xs" labelWidth={104}>
      {FACTS.map((fact) => {
        const render = RENDERED[fact];
        // Authors say themselves when there are none; the other facts show a dash.
        const empty = fact !== "authors" && fieldValues(fact, paper, context).length === 0;
        return (
          <DataList.Item key={fact}>
            <DataList.ItemLabel c="dimmed">{context.labels.field(fact)}</DataList.ItemLabel>
            <DataList.ItemValue>
              {empty ? t("facts.none") : render ? render(paper) : fieldText(fact, paper, context)}
            </DataList.ItemValue>
          </DataList.Item>
        );
      })}
    </DataList>
  );
}
