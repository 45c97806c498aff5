import { useNavigate, useRouter } from "@tanstack/react-router";
import { openDatasetFile } from "./open-dataset";

/**
 * Switching datasets from the UI. The URL names the dataset (none: the bundled one), so each action
 * sets it and lets the root loader run again.
 */
export function useDatasetActions() {
  const navigate = useNavigate();
  const router = useRouter();
  const showUrlDataset = async (dataset: string | undefined) => {
    await navigate({ to: "/", search: (prev) => ({ ...prev, dataset }) });
    await router.invalidate();
  };
  return {
    retry: () => router.invalidate(),
    openFile: async (file: File) => {
      if (await openDatasetFile(file)) await showUrlDataset(undefined);
    },
  };
}
