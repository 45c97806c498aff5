import type { TFunction } from "i18next";
import { createContext, useContext } from "react";
import type { Labels } from "../../lib/labels/labels";

/**
 * What table cells need to render text, provided once by the table: it changes only with the
 * language or the dataset, so it never re-renders a row by itself.
 */
export interface TableText {
  t: TFunction<"explorer">;
  labels: Labels;
}

export const TableTextContext = createContext<TableText | null>(null);

export function useTableText(): TableText {
  const text = useContext(TableTextContext);
  if (!text) throw new Error("table cells render inside PapersTable");
  return text;
}
