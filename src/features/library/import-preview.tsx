import { Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "../../lib/i18n/use-translation";
import { LIMITS } from "../../lib/library/library-entry";
import type { MergeSummary } from "../../lib/library/merge-library";
import { useLocale } from "../../lib/locale/use-locale";
import { MAX_VIEWS } from "../../lib/saved-views/saved-views";
import "./i18n";

export interface ImportPlan {
  fileName: string;
  papers: number;
  views: number;
  summary: MergeSummary;
  viewsAdded: number;
  viewsSkipped: number;
  unreadable: number;
}

const SHOWN_CONFLICTS = 10;

/** What importing a library file will change, before anything is changed. */
export function ImportPreview({
  plan,
  onApply,
  onCancel,
}: {
  plan: ImportPlan | null;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("library");
  const locale = useLocale();
  if (!plan) return null;
  const { summary } = plan;
  const changes = [
    ["papers", summary.papers],
    ["added", summary.added],
    ["starred", summary.starred],
    ["statuses", summary.statuses],
    ["tags", summary.tags],
    ["notes", summary.notes],
    ["views", plan.viewsAdded],
  ] as const;
  const skipped = [
    t("import.skippedEntries", { count: summary.skipped.entries, max: locale.number(LIMITS.entries) }),
    t("import.skippedTags", { count: summary.skipped.tags, max: LIMITS.tagsPerPaper }),
    t("import.skippedNotes", { count: summary.skipped.notes, max: locale.number(LIMITS.noteLength) }),
    t("import.skippedViews", { count: plan.viewsSkipped, max: MAX_VIEWS }),
    t("import.unreadable", { count: plan.unreadable }),
  ].filter(
    (_, i) =>
      [summary.skipped.entries, summary.skipped.tags, summary.skipped.notes, plan.viewsSkipped, plan.unreadable][i],
  );
  const nothing = summary.papers === 0 && plan.viewsAdded === 0;
  const conflicts = summary.conflicts;
  return (
    <Modal opened onClose={onCancel} title={t("import.title")} size="lg">
      <Stack gap="sm" data-testid="import-preview">
        <Text size="sm" fw={500}>
          {plan.fileName}
        </Text>
        <Text size="sm">
          {t("import.intro", {
            papers: t("import.filePapers", { count: plan.papers }),
            views: t("import.fileViews", { count: plan.views }),
          })}
        </Text>
        {nothing ? (
          <Text size="sm">{t("import.nothing")}</Text>
        ) : (
          <List size="sm" aria-label={t("import.title")}>
            {changes
              .filter(([, count]) => count > 0)
              .map(([key, count]) => (
                <List.Item key={key}>{t(`import.${key}`, { count })}</List.Item>
              ))}
          </List>
        )}
        {conflicts.length > 0 && (
          <div>
            <Text size="sm" fw={500}>
              {t("import.conflicts", { count: conflicts.length })}
            </Text>
            <List size="sm">
              {conflicts.slice(0, SHOWN_CONFLICTS).map((conflict) => (
                <List.Item key={conflict.paperId}>{conflict.name || conflict.paperId}</List.Item>
              ))}
              {conflicts.length > SHOWN_CONFLICTS && <List.Item>…</List.Item>}
            </List>
          </div>
        )}
        {skipped.map((line) => (
          <Text key={line} size="sm" c="orange.9">
            {line}
          </Text>
        ))}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t("import.cancel")}
          </Button>
          <Button onClick={onApply} disabled={nothing}>
            {t("import.apply")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
