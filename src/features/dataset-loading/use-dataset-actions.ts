import { useNavigate, useRouter } from "@tanstack/react-router";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { chooseDatasetFile } from "./open-dataset";

/**
 * Switching datasets from the UI. The URL names the dataset (none: the bundled one), so each action
 * sets it and lets the root loader run again.
 */
export function useDatasetActions() {
  const navigate = useNavigate();
  const router = useRouter();
  return {
    retry: () => router.invalidate(),
    /**
     * The root loader opens the file, so the page shows its loading screen until the file is open
     * or refused, and a second file chosen meanwhile replaces the first. Only once it is open does
     * the URL stop naming the dataset it had: a refused file leaves everything as it was.
     */
    openFile: async (file: File) => {
      chooseDatasetFile(file);
      await router.invalidate({ forcePending: true });
      if (useDatasetStore.getState().loaded?.files.includes(file)) {
        await navigate({ to: "/", search: (prev) => ({ ...prev, dataset: undefined }) });
      }
    },
  };
}
