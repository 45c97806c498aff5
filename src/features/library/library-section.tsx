import { Alert, Group, Stack, Text } from "@mantine/core";
import { PaperStar, PaperStatus } from "../../components/paper-library-controls";
import { useTranslation } from "../../lib/i18n/use-translation";
import { LIMITS, type PaperKey } from "../../lib/library/library-entry";
import { useLibrary } from "../../lib/library/library-store";
import { useLocale } from "../../lib/locale/use-locale";
import { NoteEditor } from "./note-editor";
import { TagsField } from "./tags-field";
import "./i18n";

/** "Your notes" in a paper's pane: the reader's star, status, tags and note for it. */
export function LibrarySection({ paper }: { paper: PaperKey }) {
  const { t } = useTranslation("library");
  const locale = useLocale();
  const full = useLibrary((state) => state.full);
  return (
    <Stack gap="sm" data-testid="library-section">
      <Group gap="sm" wrap="nowrap">
        <PaperStar paper={paper} label={t("section.star")} size={20} />
        <Text component="span" size="sm" aria-hidden="true">
          {t("section.status")}
        </Text>
        <PaperStatus paper={paper} label={t("section.status")} language={locale.language} />
      </Group>
      {full && (
        <Alert color="yellow" p="xs" role="alert">
          {t("section.full", { max: locale.number(LIMITS.entries) })}
        </Alert>
      )}
      <TagsField paper={paper} />
      {/* Keyed by paper: a draft belongs to the paper it was typed for. */}
      <NoteEditor key={paper.id} paper={paper} />
      <Text size="xs" c="dimmed">
        {t("section.private")}
      </Text>
    </Stack>
  );
}
