import { Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { AnchorLink } from "../../components/anchor-link";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { useLocale } from "../../lib/locale/use-locale";
import { subtitle } from "../../lib/paper-fields/paper-fields";
import { type RelatedReason, relatedPapers } from "./related-papers";
import "./i18n";

function useReasonText(): (reason: RelatedReason) => string {
  const { t } = useTranslation("detail");
  const labels = useLabels();
  const { list } = useLocale();
  return (reason) => {
    switch (reason.kind) {
      case "institution":
        return t("related.institution", {
          count: reason.values.length,
          names: list(reason.values.map(labels.institution)),
        });
      case "task":
        return t("related.task", { count: reason.values.length, names: list(reason.values.map(labels.task)) });
      case "chapter":
        return t("related.chapter", { name: labels.chapter(reason.value) });
      case "modality":
        return t("related.modality", {
          count: reason.values.length,
          names: list(reason.values.map(labels.modality)),
        });
    }
  };
}

/** A handful of papers sharing institutions, tasks, the chapter or modalities, each saying why. */
export function RelatedPapersList({ papers, index }: { papers: readonly Paper[]; index: number }) {
  const { t } = useTranslation("detail");
  const labels = useLabels();
  const reasonText = useReasonText();
  const related = useMemo(() => relatedPapers(papers, index), [papers, index]);
  if (related.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("related.none")}
      </Text>
    );
  }
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: "none" }}>
      {related.map(({ index: otherIndex, reasons }) => {
        const other = papers[otherIndex];
        if (!other) return null;
        return (
          <li key={other.id}>
            <AnchorLink to="/papers/$paperId" params={{ paperId: other.id }} fw={600} size="sm">
              {other.name}
            </AnchorLink>
            <Text size="xs" c="dimmed" lineClamp={1}>
              {subtitle(other, labels)}
            </Text>
            <Text size="xs">{reasons.map(reasonText).join(" · ")}</Text>
          </li>
        );
      })}
    </Stack>
  );
}
