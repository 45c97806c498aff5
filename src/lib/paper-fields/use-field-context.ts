import { useMemo } from "react";
import { useDatasetStore } from "../dataset/dataset-store";
import type { Institution } from "../dataset/schema";
import { useLabels } from "../labels/use-labels";
import type { FieldContext } from "./paper-fields";

const NO_INSTITUTIONS: ReadonlyMap<string, Institution> = new Map();

/** What reading the paper fields needs, in the reader's language, for the loaded dataset. */
export function useFieldContext(): FieldContext {
  const labels = useLabels();
  const institutionById = useDatasetStore((state) => state.loaded?.indexes.institutionById ?? NO_INSTITUTIONS);
  return useMemo(() => ({ labels, institutionById }), [labels, institutionById]);
}
