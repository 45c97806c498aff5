import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../../lib/i18n/use-translation";
import { LIMITS, type PaperKey } from "../../lib/library/library-entry";
import { entryOf } from "../../lib/library/library-lookup";
import { useLibrary, useLibraryEntry } from "../../lib/library/library-store";
import { useLocale } from "../../lib/locale/use-locale";
import { NoteView } from "./note-view";
import "./i18n";

// Typing is saved once it pauses, so a note is never lost to a closed tab or another paper.
const SAVE_AFTER_MS = 700;

/** Saves the draft if it differs from the stored note; true when the store now holds it. */
function store(paper: PaperKey, draft: string): boolean {
  const state = useLibrary.getState();
  if ((entryOf(state.library, paper)?.note ?? "") !== draft) state.edit(paper, "note", draft);
  return (entryOf(useLibrary.getState().library, paper)?.note ?? "") === draft;
}

/** The reader's note on a paper: shown as text with links, edited as plain text (Markdown links). */
export function NoteEditor({ paper }: { paper: PaperKey }) {
  const { t } = useTranslation("library");
  const locale = useLocale();
  const saved = useLibraryEntry(paper)?.note ?? "";
  const [editing, setEditing] = useState(saved === "");
  // null: the text is the stored note (and follows it when another tab changes it).
  const [draft, setDraft] = useState<string | null>(null);
  const latest = useRef({ paper, draft });
  latest.current = { paper, draft };
  const timer = useRef<number | undefined>(undefined);

  const flush = () => {
    window.clearTimeout(timer.current);
    const { paper: current, draft: text } = latest.current;
    if (text !== null && store(current, text)) setDraft(null);
  };
  // Leaving the paper (or the page) saves what was typed.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      const { paper: current, draft: text } = latest.current;
      if (text !== null) store(current, text);
    },
    [],
  );

  if (!editing && saved !== "") {
    return (
      <Stack gap={4}>
        <NoteView note={saved} />
        <Button variant="default" size="compact-sm" w="fit-content" onClick={() => setEditing(true)}>
          {t("section.edit")}
        </Button>
      </Stack>
    );
  }
  const text = draft ?? saved;
  return (
    <Stack gap={4}>
      <Textarea
        label={t("section.note")}
        placeholder={t("section.notePlaceholder")}
        value={text}
        maxLength={LIMITS.noteLength}
        autosize
        minRows={3}
        maxRows={14}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(flush, SAVE_AFTER_MS);
        }}
      />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed" aria-live="polite">
          {draft === null || draft === saved ? t("section.noteSaved") : t("section.noteUnsaved")}{" "}
          {t("section.noteCount", { chars: locale.number(text.length), max: locale.number(LIMITS.noteLength) })}
        </Text>
        <Button
          size="compact-sm"
          onClick={() => {
            flush();
            if (latest.current.draft === null || store(paper, latest.current.draft)) setEditing(false);
          }}
        >
          {t("section.saveNote")}
        </Button>
      </Group>
    </Stack>
  );
}
