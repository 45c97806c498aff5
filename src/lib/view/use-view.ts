import { type RegisteredRouter, useNavigate, useRouter, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";
import { useDatasetStore } from "../dataset/dataset-store";
import { usePendingQuery, withPendingQuery } from "./pending-query";
import { changeView, type DecodedView, type RawView, type SearchProblem, type View, viewOf } from "./view";
import { viewProblems } from "./view-problems";

/**
 * A part of the view: the URL's, with search text still being typed (see pending-query.ts). The
 * view is decoded once per URL, and its parts that did not change keep their identity (see
 * `viewOf`), so a component re-renders only when what it selects changes.
 */
export function useView<T>(select: (view: View) => T): T {
  const router = useRouter();
  const selectView = (search: RawView, pending: string | null) =>
    select(withPendingQuery(viewOf(search).view, pending));
  // Two subscriptions with the same selection: the component re-renders when what it selects
  // changes, whether the URL or the typed text changed it, and for nothing else.
  usePendingQuery((state) => selectView(router.state.location.search, state.q));
  // The router's types cannot follow a generic selection; `select` gives it its type back.
  return useSearch<RegisteredRouter, "__root__", true, true, unknown, false>({
    from: "__root__",
    select: (search) => selectView(search, usePendingQuery.getState().q),
    structuralSharing: false,
  }) as T;
}

export type UpdateView = (change: (view: View) => View, options?: { replace?: boolean }) => void;

/**
 * Writes a changed view to the URL, starting from the view as shown (with any pending search text,
 * which the write takes along). Deliberate steps push history; typing replaces it.
 */
export function useUpdateView(): UpdateView {
  const navigate = useNavigate();
  return useCallback(
    (change, options) => {
      const pending = usePendingQuery.getState().q;
      const withPending = (view: View) => change(withPendingQuery(view, pending));
      void navigate({ to: ".", search: changeView(withPending), replace: options?.replace ?? false }).then(() => {
        // The URL now holds that text: stop applying it on top (unless more was typed meanwhile).
        if (usePendingQuery.getState().q === pending) usePendingQuery.setState({ q: null });
      });
    },
    [navigate],
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
