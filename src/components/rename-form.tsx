import { Button, Group, TextInput } from "@mantine/core";
import { type FormEvent, type KeyboardEvent, useRef, useState } from "react";

// Module-level, so React calls it once as the field appears; a new function each render would
// select the text again on every keystroke.
const focusAndSelect = (input: HTMLInputElement | null) => {
  input?.focus();
  input?.select();
};

interface RenameFormProps {
  /** The name now: the field starts with it, selected. */
  name: string;
  maxLength: number;
  labels: { form: string; field: string; save: string; cancel: string };
  /** Why the name typed so far cannot be used, shown as it is typed (Save waits); null when it can. */
  problem: (draft: string) => string | null;
  /** Keeps the new name: the caller ends the rename, or leaves the field open if it was refused. */
  onSave: (draft: string) => void;
  onCancel: () => void;
}

/**
 * A name edited in place, in a list inside a menu: Enter or Save keeps the new name, Escape or
 * Cancel the old one. The menu leaves Escape to the form meanwhile (its `closeOnEscape`), so
 * Escape ends the rename and not the menu.
 */
export function RenameForm({ name, maxLength, labels, problem, onSave, onCancel }: RenameFormProps) {
  const [draft, setDraft] = useState(name);
  // An empty field is not worth a message: Save just waits for a name.
  const error = draft.trim() === "" ? null : problem(draft);
  const blocked = draft.trim() === "" || error !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!blocked) onSave(draft);
  };
  // On the form, so Escape cancels from the field or either button.
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onCancel();
  };

  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape} aria-label={labels.form}>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <TextInput
          ref={focusAndSelect}
          size="xs"
          aria-label={labels.field}
          value={draft}
          maxLength={maxLength}
          onChange={(event) => setDraft(event.currentTarget.value)}
          error={error ?? undefined}
          style={{ flex: 1 }}
        />
        <Button size="compact-sm" type="submit" disabled={blocked}>
          {labels.save}
        </Button>
        <Button size="compact-sm" variant="subtle" onClick={onCancel}>
          {labels.cancel}
        </Button>
      </Group>
    </form>
  );
}

/**
 * Focus for the button that started a rename, once its row shows it again (the form took its
 * place, so the button is a new element): `returnTo(key)` as the rename ends, `ref(key)` on the button.
 */
export function useFocusReturn() {
  const pending = useRef<string | null>(null);
  return {
    returnTo: (key: string) => {
      pending.current = key;
    },
    ref: (key: string) => (button: HTMLElement | null) => {
      if (button && pending.current === key) {
        pending.current = null;
        button.focus();
      }
    },
  };
}
