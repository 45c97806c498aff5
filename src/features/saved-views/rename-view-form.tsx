import { Button, Group, TextInput } from "@mantine/core";
import { type FormEvent, type KeyboardEvent, useState } from "react";
import { useTranslation } from "../../lib/i18n/use-translation";
import { MAX_NAME_LENGTH, nameProblem } from "../../lib/saved-views/saved-views";
import { type SavedView, useSavedViews } from "../../lib/saved-views/saved-views-store";

// Module-level, so React calls it once as the field appears; a new function each render would
// select the text again on every keystroke.
const focusAndSelect = (input: HTMLInputElement | null) => {
  input?.focus();
  input?.select();
};

/** A saved view's name as a field in its row: Enter or Save renames the view, Escape or Cancel keeps the name. */
export function RenameViewForm({ view, onDone }: { view: SavedView; onDone: () => void }) {
  const { t } = useTranslation("savedViews");
  const [name, setName] = useState(view.name);
  const rename = useSavedViews((state) => state.rename);
  const problem = useSavedViews((state) => nameProblem(state.views, name, view.id));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A name the store refuses keeps the field open, showing why.
    if (rename(view.id, name) === null) onDone();
  };
  // On the form, so Escape cancels from the field or either button (the menu leaves Escape to it meanwhile).
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onDone();
  };

  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape} aria-label={t("rename", { name: view.name })}>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <TextInput
          ref={focusAndSelect}
          size="xs"
          aria-label={t("newName", { name: view.name })}
          value={name}
          maxLength={MAX_NAME_LENGTH}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problem === "taken" ? t("nameTaken", { name: name.trim() }) : undefined}
          style={{ flex: 1 }}
        />
        <Button size="compact-sm" type="submit" disabled={problem !== null}>
          {t("save")}
        </Button>
        <Button size="compact-sm" variant="subtle" onClick={onDone}>
          {t("cancel")}
        </Button>
      </Group>
    </form>
  );
}
