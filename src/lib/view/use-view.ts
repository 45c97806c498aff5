import { type RegisteredRouter, useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";
import { useDatasetStore } from "../dataset/dataset-store";
import { changeView, type DecodedView, type SearchProblem, type View, viewOf } from "./view";
import { viewProblems } from "./view-problems";

/**
 * A part of the URL's view. The view is decoded once per URL, and its parts that did not change
 * keep their identity (see `viewOf`), so a component re-renders only when what it selects changes.
 */
export function useView<T>(select: (view: View) => T): T {
  // The router's types cannot follow a generic selection; `select` gives it its type back.
  return useSearch<RegisteredRouter, "__root__", true, true, unknown, false>({
    from: "__root__",
    select: (search) => select(viewOf(search).view),
    structuralSharing: false,
  }) as T;
}

export type UpdateView = (change: (view: View) => View, options?: { replace?: boolean }) => void;

/** Writes a changed view to the URL. Deliberate steps push history; typing replaces it. */
export function useUpdateView(): UpdateView {
  const navigate = useNavigate();
  return useCallback(
    (change, options) => {
      void navigate({ to: ".", search: changeView(change), replace: options?.replace ?? false });
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
