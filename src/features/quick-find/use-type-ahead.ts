import { useEffect, useEffectEvent } from "react";

/** A change to the text typed so far. */
export type TextEdit = (text: string) => string;

function editFor(event: KeyboardEvent): TextEdit | null {
  if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return null;
  const { key } = event;
  if (key === "Backspace") return (text) => text.slice(0, -1);
  return [...key].length === 1 ? (text) => text + key : null;
}

/**
 * While `active`, characters typed anywhere on the page are taken (before the element that has
 * focus sees them) and handed to `onEdit`. Quick find turns it on from the moment it is asked for
 * until its field has focus: its code may still be loading and its dialog opens a frame later, and
 * what is typed meanwhile belongs in its field, not in the page.
 */
export function useTypeAhead(active: boolean, onEdit: (edit: TextEdit) => void): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const edit = editFor(event);
    if (!edit) return;
    event.preventDefault();
    event.stopPropagation();
    onEdit(edit);
  });
  useEffect(() => {
    if (!active) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener("keydown", listener, { capture: true });
    return () => document.removeEventListener("keydown", listener, { capture: true });
  }, [active]);
}
