import { useRouter } from "@tanstack/react-router";
import { useCallback } from "react";
import { NO_SELECTION } from "../filters/filters";
import { stringifySearch } from "../url/search-codec";
import { HIDE_SAME } from "./comparison-search";
import { currentView } from "./use-view";
import { EMPTY_VIEW, encodeView, type View } from "./view";

/** A page as its link reopens it. */
export type SharedPage =
  | { page: "explorer"; view: View }
  | { page: "paper"; paperId: string; view: View }
  | { page: "stats"; view: View }
  | { page: "compare"; ids: readonly string[]; hideSame: boolean; dataset: string | null };

/**
 * The path and query of a page's canonical link: only the params that apply to that page, in the
 * canonical order, so nothing left over from another page rides along (the root route keeps the
 * table's view in the URL on every page).
 */
export function sharePath(shared: SharedPage): string {
  switch (shared.page) {
    case "explorer":
      return `/${stringifySearch(encodeView(shared.view))}`;
    case "paper":
      // The paper opens beside the table, so the table's view is part of what is shared.
      return `/papers/${encodeURIComponent(shared.paperId)}${stringifySearch(encodeView(shared.view))}`;
    case "stats":
      // The charts count the view's papers; its order and grouping change nothing there.
      return `/stats${stringifySearch(encodeView({ ...shared.view, sort: null, group: null }))}`;
    case "compare":
      return `/compare${stringifySearch({
        ids: shared.ids.length > 0 ? shared.ids.join(",") : undefined,
        hide: shared.hideSame ? HIDE_SAME : undefined,
        dataset: shared.dataset ?? undefined,
      })}`;
  }
}

/** The absolute link of a page, for the clipboard, the share sheet or a QR code. */
export function shareLink(shared: SharedPage, origin: string): string {
  return new URL(sharePath(shared), origin).href;
}

/** The view that shows exactly these papers (`?papers=`), in the given dataset. */
export function papersView(ids: readonly string[], dataset: string | null): View {
  return { ...EMPTY_VIEW, dataset, filters: { ...NO_SELECTION, papers: ids } };
}

/**
 * Reads the URL's view when called, without subscribing to it: for actions such as sharing that
 * need the view only when they run, so their buttons do not re-render as the view changes.
 */
export function useReadView(): () => View {
  const router = useRouter();
  return useCallback(() => currentView(router.state.location.search), [router]);
}
