import { useSearch } from "@tanstack/react-router";
import { useEffect } from "react";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { fetchDataset } from "../../lib/dataset/load-dataset";
import { BUNDLED_DATASET } from "./bundled-dataset";

/** Loads the dataset the URL names (or the bundled one) whenever that name changes. */
export function useDatasetSource(): string {
  const source = useSearch({ strict: false, select: (search) => search.dataset }) ?? BUNDLED_DATASET;
  const load = useDatasetStore((state) => state.load);
  useEffect(() => {
    void load(source, () => fetchDataset(source));
  }, [source, load]);
  return source;
}
