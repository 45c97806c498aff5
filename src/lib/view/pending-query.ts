import { create } from "zustand";
import type { View } from "./view";

/**
 * Search text that is typed but not yet written to the URL. The view applies it at once, in the
 * keystroke's own frame; the URL gets it when typing pauses (see the search box). Writing the URL
 * on every keystroke cost a router navigation and a history write before the table could update.
 */
export const usePendingQuery = create<{ q: string | null }>(() => ({ q: null }));

let lastMerged: View | null = null;

/**
 * The URL's view with the pending search text. Keeps the identity of the view it returned before
 * when nothing differs, so that the URL catching up with the typed text re-renders nothing.
 */
export function withPendingQuery(view: View, pending: string | null): View {
  const q = pending ?? view.q;
  const merged = q === view.q ? view : { ...view, q };
  const last = lastMerged;
  if (
    last !== null &&
    last.q === merged.q &&
    last.filters === merged.filters &&
    last.sort === merged.sort &&
    last.group === merged.group &&
    last.dataset === merged.dataset
  ) {
    return last;
  }
  lastMerged = merged;
  return merged;
}
