import { List, Stack, Text } from "@mantine/core";
import { ResultsList } from "../../components/results-list";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { localeFor } from "../../lib/locale/locale";
import { useLocale } from "../../lib/locale/use-locale";
import "./i18n";

/** Both summaries, the reader's language first; each marked with its language for screen readers. */
export function PaperSummary({ paper }: { paper: Paper }) {
  const { t } = useTranslation("detail");
  const order = useLocale().pick(["en", "zh"] as const, ["zh", "en"] as const);
  return (
    <Stack gap="sm">
      {order.map((language) => (
        <div key={language}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t(`summary.${language}`)}
          </Text>
          <Text size="sm" lang={localeFor(language).tag}>
            {paper.summary[language]}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

export function PaperResults({ paper }: { paper: Paper }) {
  const { t } = useTranslation("detail");
  return <ResultsList results={paper.results} emptyText={t("results.none")} />;
}

/** The dataset's notes on how the source was read, and whether its entry was cut off. */
export function PaperNotes({ paper }: { paper: Paper }) {
  const { t } = useTranslation("detail");
  const { language, tag } = useLocale();
  return (
    <List size="sm" spacing={6}>
      {paper.sourceTruncated && <List.Item>{t("notes.truncated")}</List.Item>}
      {paper.notes.map((note) => (
        <List.Item key={note.en} lang={tag}>
          {note[language]}
        </List.Item>
      ))}
    </List>
  );
}
