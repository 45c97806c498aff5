import type { en } from "./i18n";

/**
 * Every keyboard shortcut of the app, declared once. The handlers (`useShortcuts`,
 * `shortcutHandler`), the `?` list, the quick find footer, the pane's key hints, the tooltips and
 * `aria-keyshortcuts` of buttons and the README's table read these entries: adding a shortcut is
 * one entry here, its label (`labels.<label>` in ./i18n.ts, English and Chinese) and, because the
 * scope's handler map is typed from this list, its handler where the scope is bound.
 */

/**
 * Where a shortcut works. Document scopes listen on the whole page and stand back where a widget
 * owns its keys (see `widgetOwnsKeys`); widget scopes are keys of one widget, handled by it.
 */
export const SCOPES = {
  global: "document",
  palette: "widget",
  table: "widget",
  pane: "document",
} as const satisfies Record<string, "document" | "widget">;

export type Scope = keyof typeof SCOPES;

/** The scopes in the order lists show them. */
export const SCOPE_ORDER = Object.keys(SCOPES) as Scope[];

export interface ShortcutSpec {
  /** Unique; buttons name the shortcut they perform by it. */
  id: string;
  scope: Scope;
  /**
   * Alternatives, each in Mantine's hotkey syntax: "mod+K", "j", "ArrowRight", "?". `mod` is ⌘ on
   * Apple devices and Ctrl elsewhere. Letters need Shift off; a symbol ("/", "?") matches with or
   * without Shift, which some keyboard layouts need to type it.
   */
  keys: readonly string[];
  /** Its description under `labels` in the shortcuts strings; entries next to each other with the same label share a line in lists. */
  label: keyof typeof en.labels;
  /** What the scope's handler map calls. */
  action: string;
  /** Also fires where a widget owns its keys, even in a text field: a modifier combination types nothing. */
  inWidgets?: boolean;
}

export const SHORTCUTS = [
  { id: "palette", scope: "global", keys: ["mod+K"], label: "palette", action: "togglePalette", inWidgets: true },
  { id: "palette-slash", scope: "global", keys: ["/"], label: "paletteOutsideFields", action: "togglePalette" },
  { id: "help", scope: "global", keys: ["?"], label: "help", action: "showHelp" },
  { id: "result-up", scope: "palette", keys: ["ArrowUp"], label: "moveResult", action: "previousResult" },
  { id: "result-down", scope: "palette", keys: ["ArrowDown"], label: "moveResult", action: "nextResult" },
  { id: "result-open", scope: "palette", keys: ["Enter"], label: "chooseResult", action: "chooseResult" },
  { id: "palette-close", scope: "palette", keys: ["Escape"], label: "closePalette", action: "close" },
  { id: "row-up", scope: "table", keys: ["ArrowUp"], label: "moveRow", action: "previousRow" },
  { id: "row-down", scope: "table", keys: ["ArrowDown"], label: "moveRow", action: "nextRow" },
  { id: "page-up", scope: "table", keys: ["PageUp"], label: "pageRows", action: "pageUp" },
  { id: "page-down", scope: "table", keys: ["PageDown"], label: "pageRows", action: "pageDown" },
  { id: "row-first", scope: "table", keys: ["Home"], label: "firstLastRow", action: "firstRow" },
  { id: "row-last", scope: "table", keys: ["End"], label: "firstLastRow", action: "lastRow" },
  { id: "row-open", scope: "table", keys: ["Enter"], label: "openRow", action: "openRow" },
  { id: "row-select", scope: "table", keys: ["Space"], label: "selectRow", action: "selectRow" },
  { id: "pane-next", scope: "pane", keys: ["j", "ArrowRight"], label: "nextPaper", action: "next" },
  { id: "pane-previous", scope: "pane", keys: ["k", "ArrowLeft"], label: "previousPaper", action: "previous" },
  { id: "pane-close", scope: "pane", keys: ["Escape"], label: "closePaper", action: "close" },
  { id: "pane-star", scope: "pane", keys: ["s"], label: "starPaper", action: "star" },
  { id: "pane-status", scope: "pane", keys: ["r"], label: "stepStatus", action: "status" },
] as const satisfies readonly ShortcutSpec[];

export type Shortcut = (typeof SHORTCUTS)[number];
export type ShortcutId = Shortcut["id"];
export type ShortcutAction<S extends Scope> = Extract<Shortcut, { scope: S }>["action"];

/** What each action of a scope does here; null where it does nothing now (no next paper, say). */
export type ShortcutHandlers<S extends Scope> = Record<ShortcutAction<S>, (() => void) | null>;

export function shortcutById(id: ShortcutId): Shortcut {
  const found = SHORTCUTS.find((shortcut) => shortcut.id === id);
  if (!found) throw new Error(`no shortcut ${id}`);
  return found;
}

export function shortcutsIn(scope: Scope): Shortcut[] {
  return SHORTCUTS.filter((shortcut) => shortcut.scope === scope);
}

/** One line of a list of shortcuts: neighbours in a scope with the same label, their keys together. */
export interface ShortcutLine {
  scope: Scope;
  label: Shortcut["label"];
  keys: string[];
}

export function shortcutLines(scope: Scope): ShortcutLine[] {
  const lines: ShortcutLine[] = [];
  for (const shortcut of shortcutsIn(scope)) {
    const last = lines.at(-1);
    if (last?.label === shortcut.label) last.keys.push(...shortcut.keys);
    else lines.push({ scope, label: shortcut.label, keys: [...shortcut.keys] });
  }
  return lines;
}
