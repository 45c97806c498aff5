import { useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";
import type { ViewSearch } from "./view-search";

export function useViewSearch(): ViewSearch {
  return useSearch({ from: "__root__" });
}

/** Writes part of the view to the URL. Deliberate steps push history; typing replaces it. */
export function useUpdateViewSearch(): (patch: Partial<ViewSearch>, options?: { replace?: boolean }) => void {
  const navigate = useNavigate();
  return useCallback(
    (patch, options) => {
      void navigate({
        to: ".",
        search: (prev: ViewSearch) => ({ ...prev, ...patch }),
        replace: options?.replace ?? false,
      });
    },
    [navigate],
  );
}
