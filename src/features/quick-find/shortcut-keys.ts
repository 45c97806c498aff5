export type GlobalShortcut = "palette" | "help";

type KeyEventLike = Pick<
  KeyboardEvent,
  "key" | "altKey" | "ctrlKey" | "metaKey" | "defaultPrevented" | "isComposing" | "target"
>;

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.matches("input, textarea, select, [contenteditable=''], [contenteditable='true']");
}

/**
 * Which app-wide shortcut a key press is: Ctrl/⌘+K anywhere (it types nothing), "/" and "?" only
 * outside text fields, where they are text. Shift is not checked: on many keyboard layouts "/"
 * and "?" need it.
 */
export function globalShortcut(event: KeyEventLike): GlobalShortcut | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") return "palette";
  if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return null;
  if (event.key === "/") return "palette";
  if (event.key === "?") return "help";
  return null;
}
