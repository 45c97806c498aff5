import { useNavigate } from "@tanstack/react-router";
import { useCallback } from "react";
import { focusWhenRendered } from "../../components/focus-when-rendered";
import type { ShortcutHandlers } from "../../lib/shortcuts/shortcuts";
import { useShortcuts } from "../../lib/shortcuts/use-shortcuts";

/** Opening another paper or closing the pane, keeping the table's filters in the URL. */
export function usePaneNavigation() {
  const navigate = useNavigate();
  const open = useCallback(
    (paperId: string) => void navigate({ to: "/papers/$paperId", params: { paperId } }),
    [navigate],
  );
  const close = useCallback(() => {
    // Keyboard users land back on the row they opened (the table marks it aria-current), not at
    // the top of the page.
    const openId = document.querySelector<HTMLElement>('tr[aria-current="true"]')?.dataset.paperId;
    const done = navigate({ to: "/" });
    if (openId) focusWhenRendered([`tr[data-paper-id="${CSS.escape(openId)}"]`], done);
  }, [navigate]);
  return { open, close };
}

/** Page-wide keys for the open paper; a null handler means the key does nothing here. */
export function usePaneKeys(handlers: ShortcutHandlers<"pane">): void {
  useShortcuts("pane", handlers);
}
