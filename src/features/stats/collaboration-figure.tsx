import { CloseButton, Group, Paper, Text } from "@mantine/core";
import { Fragment, useState } from "react";
import { ButtonLink } from "../../components/button-link";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { ACADEMIA_COLOR, INDUSTRY_COLOR } from "./chart-colors";
import { ChartFigure } from "./chart-figure";
import { ChartLegend } from "./chart-legend";
import type { Collaboration } from "./collaboration";
import { CollaborationGraph, linkKey } from "./collaboration-graph";
import { CollaborationPairs, PaperName } from "./collaboration-pairs";
import { narrowTo } from "./table-search";
import "./i18n";

/** The co-authorship network with its legend, the selected link's joint papers and the pairs table. */
export function CollaborationFigure({ collaboration }: { collaboration: Collaboration }) {
  const { t } = useTranslation("stats");
  const labels = useLabels();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selected = collaboration.links.find((link) => linkKey(link) === selectedKey);

  return (
    <ChartFigure
      title={t("collaboration.title")}
      description={collaboration.links.length > 0 ? t("collaboration.description") : t("collaboration.none")}
      numbers={(shown) => <CollaborationPairs links={collaboration.links} shown={shown} />}
      interactive
    >
      {collaboration.links.length > 0 && (
        <>
          <div aria-hidden="true">
            <ChartLegend
              items={[
                { key: "academia", label: labels.type("academia"), color: ACADEMIA_COLOR },
                { key: "industry", label: labels.type("industry"), color: INDUSTRY_COLOR },
              ]}
            />
          </div>
          <CollaborationGraph collaboration={collaboration} selectedLink={selectedKey} onSelectLink={setSelectedKey} />
        </>
      )}
      {selected && (
        <Paper withBorder p="sm" role="status" aria-live="polite">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text fw={600}>
              {t("collaboration.selected", {
                a: labels.institution(selected.source),
                b: labels.institution(selected.target),
                count: selected.papers.length,
              })}
            </Text>
            <CloseButton aria-label={t("collaboration.closeSelection")} onClick={() => setSelectedKey(null)} />
          </Group>
          <Text size="sm">
            {selected.papers.map((id, i) => (
              <Fragment key={id}>
                {i > 0 && ", "}
                <PaperName id={id} asLink />
              </Fragment>
            ))}
          </Text>
          <Group gap="xs" mt="xs">
            <ButtonLink to="/" search={narrowTo("coauthors", [selected.source, selected.target])} size="compact-sm">
              {t("collaboration.showJoint")}
            </ButtonLink>
            <ButtonLink
              to="/"
              search={narrowTo("inst", [selected.source, selected.target])}
              variant="light"
              size="compact-sm"
            >
              {t("collaboration.showEither")}
            </ButtonLink>
          </Group>
        </Paper>
      )}
    </ChartFigure>
  );
}
