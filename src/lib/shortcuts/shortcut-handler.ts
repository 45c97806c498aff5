import { getHotkeyHandler, type HotkeyItem } from "@mantine/hooks";
import type { KeyboardEvent as ReactKeyboardEvent } from "react";
import { mayRun } from "./key-guard";
import { hotkeysOf } from "./keys";
import { type SCOPES, type Scope, type ShortcutAction, type ShortcutHandlers, shortcutsIn } from "./shortcuts";

type ScopeOf<Level> = { [S in Scope]: (typeof SCOPES)[S] extends Level ? S : never }[Scope];
export type DocumentScope = ScopeOf<"document">;
export type WidgetScope = ScopeOf<"widget">;

/** Mantine hotkey items for a scope's shortcuts: each runs its handler when the guard lets it. */
export function shortcutItems<S extends Scope>(scope: S, handlers: ShortcutHandlers<S>): HotkeyItem[] {
  return shortcutsIn(scope).flatMap((shortcut) =>
    shortcut.keys.flatMap(hotkeysOf).map(
      (hotkey): HotkeyItem => [
        hotkey,
        (event) => {
          // shortcutsIn(scope) holds only this scope's entries, so the action is one of its own.
          const run = handlers[shortcut.action as ShortcutAction<S>];
          if (!run || !mayRun(shortcut, event)) return;
          event.preventDefault();
          run();
        },
        // Only a key that runs something is taken from the page.
        { preventDefault: false },
      ],
    ),
  );
}

/** A keydown handler for a widget's own element (the table body, the quick find dialog). */
export function shortcutHandler<S extends WidgetScope>(
  scope: S,
  handlers: ShortcutHandlers<S>,
): (event: KeyboardEvent | ReactKeyboardEvent) => void {
  const handle = getHotkeyHandler(shortcutItems(scope, handlers));
  return (event) => handle("nativeEvent" in event ? event.nativeEvent : event);
}
