import { SCOPES, type Shortcut } from "./shortcuts";

// Widgets that use keys themselves: text fields, and the roles whose keyboard pattern (WAI-ARIA
// Authoring Practices) claims letters, arrows, Escape or Space.
const KEY_OWNING_ROLES = [
  "alertdialog",
  "combobox",
  "dialog",
  "grid",
  "listbox",
  "menu",
  "menubar",
  "radiogroup",
  "searchbox",
  "slider",
  "spinbutton",
  "tablist",
  "textbox",
  "tree",
  "treegrid",
];
const KEY_OWNERS = [
  "input",
  "textarea",
  "select",
  "[contenteditable]:not([contenteditable='false'])",
  ...KEY_OWNING_ROLES.map((role) => `[role="${role}"]`),
].join(", ");

export type KeyEventLike = Pick<KeyboardEvent, "defaultPrevented" | "isComposing" | "target">;

/** Whether the element a key press comes from is, or is inside, a widget that owns its keys. */
export function widgetOwnsKeys(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(KEY_OWNERS) !== null;
}

/**
 * The one guard every shortcut passes: never a key another handler already used or one that is
 * part of an IME composition; and a page-wide shortcut stands back where a widget owns the key,
 * unless it is a modifier combination that types nothing (`inWidgets`).
 */
export function mayRun(shortcut: Shortcut, event: KeyEventLike): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if (SCOPES[shortcut.scope] === "widget" || ("inWidgets" in shortcut && shortcut.inWidgets)) return true;
  return !widgetOwnsKeys(event.target);
}
