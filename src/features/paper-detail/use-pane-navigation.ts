import { useNavigate } from "@tanstack/react-router";
import { useCallback } from "react";
import type { ShortcutHandlers } from "../../lib/shortcuts/shortcuts";
import { useShortcuts } from "../../lib/shortcuts/use-shortcuts";

/** Opening another paper or closing the pane, keeping the table's filters in the URL. */
export function usePaneNavigation() {
  const navigate = useNavigate();
  const open = useCallback(
    (paperId: string) => void navigate({ to: "/papers/$paperId", params: { paperId } }),
    [navigate],
  );
  // The table puts focus back on the paper's row once the pane is gone, even if that row had
  // scrolled out of the rendered window.
  const close = useCallback(() => void navigate({ to: "/" }), [navigate]);
  return { open, close };
}

/** Page-wide keys for the open paper; a null handler means the key does nothing here. */
export function usePaneKeys(handlers: ShortcutHandlers<"pane">): void {
  useShortcuts("pane", handlers);
}
