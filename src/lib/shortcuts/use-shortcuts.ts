import { useHotkeys } from "@mantine/hooks";
import { type DocumentScope, shortcutItems } from "./shortcut-handler";
import type { ShortcutHandlers } from "./shortcuts";

/** Binds a page-wide scope's shortcuts while the calling component is mounted. */
export function useShortcuts<S extends DocumentScope>(scope: S, handlers: ShortcutHandlers<S>): void {
  // No tags for Mantine to skip and contenteditable allowed: `mayRun` is the one guard.
  useHotkeys(shortcutItems(scope, handlers), [], true);
}
