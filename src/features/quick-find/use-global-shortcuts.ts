import { useEffect, useEffectEvent } from "react";
import { type GlobalShortcut, globalShortcut } from "./shortcut-keys";

/** Listens for the app-wide shortcuts on the whole document (a real external system: the keyboard). */
export function useGlobalShortcuts(handlers: Record<GlobalShortcut, () => void>): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const shortcut = globalShortcut(event);
    if (!shortcut) return;
    event.preventDefault();
    handlers[shortcut]();
  });
  useEffect(() => {
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
