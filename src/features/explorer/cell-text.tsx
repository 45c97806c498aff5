import type { TFunction } from "i18next";
import { createContext, useContext } from "react";
import type { Labels } from "../../lib/labels/use-labels";

/**
 * What every table cell needs to render text, read once by the table instead of by each of the
 * hundreds of cells a scroll mounts.
 */
export interface CellText {
  t: TFunction<"explorer">;
  labels: Labels;
  /** Search terms to highlight. */
  terms: string[];
}

export const CellTextContext = createContext<CellText | null>(null);

export function useCellText(): CellText {
  const text = useContext(CellTextContext);
  if (!text) throw new Error("table cells render inside PapersTable");
  return text;
}
