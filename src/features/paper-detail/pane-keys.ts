export type PaneKeyAction = "next" | "previous" | "close" | "star" | "status";

// Left/right rather than up/down: up/down already scroll the pane and move between table rows.
const ACTIONS: Record<string, PaneKeyAction> = {
  j: "next",
  ArrowRight: "next",
  k: "previous",
  ArrowLeft: "previous",
  Escape: "close",
  // The open paper in the reader's library: star or unstar it, and step its reading status on.
  s: "star",
  r: "status",
};

// Widgets that use these keys themselves (menus, tabs, option lists, dialogs).
const KEY_OWNING_WIDGETS =
  '[role="menu"], [role="listbox"], [role="tablist"], [role="dialog"], [role="grid"], [role="slider"], [role="radiogroup"]';

type KeyEventLike = Pick<
  KeyboardEvent,
  "key" | "altKey" | "ctrlKey" | "metaKey" | "shiftKey" | "defaultPrevented" | "isComposing" | "target"
>;

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.matches("input, textarea, select, [contenteditable=''], [contenteditable='true']")) return true;
  return target.closest(KEY_OWNING_WIDGETS) !== null;
}

/** What a key pressed anywhere on the page does to the open paper, if anything. */
export function paneKeyAction(event: KeyEventLike): PaneKeyAction | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const action = ACTIONS[event.key];
  if (!action || isEditable(event.target)) return null;
  return action;
}
