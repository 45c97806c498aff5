import { type RegisteredRouter, useRouter, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";
import { useDatasetStore } from "../dataset/dataset-store";
import type { FilterIndex } from "../filters/filter-index";
import { knownView } from "./known-view";
import { shownView, showView, type UrlTiming, usePendingView } from "./pending-view";
import { type DecodedView, type RawView, type SearchProblem, type View, viewOf } from "./view";
import { viewProblems } from "./view-problems";

const filterIndex = () => useDatasetStore.getState().loaded?.indexes.filters ?? null;

/** The view as shown, without values the open dataset does not have (see known-view.ts). */
function viewShown(search: RawView, pending: View | null, index: FilterIndex | null): View {
  return knownView(shownView(viewOf(search).view, pending), index);
}

/** The view as shown now, read without subscribing: for changes and for actions such as sharing. */
export function currentView(search: RawView): View {
  return viewShown(search, usePendingView.getState().view, filterIndex());
}

/**
 * A part of the view as shown: the URL's, or a change on its way there (see pending-view.ts). The
 * view is decoded once per URL, and its parts that did not change keep their identity (see
 * `viewOf`), so a component re-renders only when what it selects changes.
 */
export function useView<T>(select: (view: View) => T): T {
  const router = useRouter();
  const selectView = (search: RawView, pending: View | null) => select(viewShown(search, pending, filterIndex()));
  // Three subscriptions with the same selection: the component re-renders when what it selects
  // changes, whether the URL, a pending change or the open dataset changed it, and for nothing else.
  useDatasetStore(() => selectView(router.state.location.search, usePendingView.getState().view));
  usePendingView((state) => selectView(router.state.location.search, state.view));
  // The router's types cannot follow a generic selection; `select` gives it its type back.
  return useSearch<RegisteredRouter, "__root__", true, true, unknown, false>({
    from: "__root__",
    select: (search) => selectView(search, usePendingView.getState().view),
    structuralSharing: false,
  }) as T;
}

export type UpdateView = (change: (view: View) => View, options?: { replace?: boolean; urlAfter?: UrlTiming }) => void;

/**
 * Changes the view as shown: at once on screen, in the URL after the frame (or, for typing, once
 * it pauses). Deliberate steps push history; typing replaces it.
 */
export function useUpdateView(): UpdateView {
  const router = useRouter();
  return useCallback(
    (change, options) => {
      const current = currentView(router.state.location.search);
      showView(router, change(current), {
        replace: options?.replace ?? false,
        timing: options?.urlAfter ?? "frame",
      });
    },
    [router],
  );
}

/** What the URL asked for that the view ignores (see `viewProblems`). */
export function useViewProblems(): SearchProblem[] {
  const index = useDatasetStore((state) => state.loaded?.indexes.filters ?? null);
  const decoded = useSearch<RegisteredRouter, "__root__", true, true, unknown, false>({
    from: "__root__",
    select: (search) => viewOf(search),
    structuralSharing: false,
  }) as DecodedView;
  return viewProblems(decoded, index);
}
