import { useEffect } from "react";
import { quickFindStore } from "./quick-find-store";

/**
 * Spotlight highlights the first result when the query changes, by marking the DOM. Paper results
 * arrive later (the search runs in a worker), so when the results change this marks the first
 * one again, the way Spotlight does, and reports the index.
 */
export function useHighlightFirst(listId: string, resultKey: string, onHighlight: (index: number) => void) {
  useEffect(() => {
    if (!resultKey) return;
    const list = document.getElementById(listId);
    list?.querySelector("[data-selected]")?.removeAttribute("data-selected");
    const first = list?.querySelector("[data-action]");
    first?.setAttribute("data-selected", "true");
    const index = first ? 0 : -1;
    quickFindStore.updateState((state) => ({ ...state, selected: index }));
    onHighlight(index);
  }, [listId, resultKey, onHighlight]);
}
