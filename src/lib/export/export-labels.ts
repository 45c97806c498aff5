import type { Labels } from "../labels/use-labels";
import type { LibraryExportField } from "./library-fields";

/** The fields a person-facing export (Markdown, the comparison) names in the reader's language. */
export const EXPORT_FIELDS = [
  "name",
  "title",
  "heading",
  "chapter",
  "institutions",
  "countries",
  "types",
  "modalities",
  "tasks",
  "kind",
  "published",
  "arxiv",
  "project",
  "code",
  "results",
  "summary",
] as const;
export type ExportField = (typeof EXPORT_FIELDS)[number];

/** Display names for ids and vocabulary (a subset of the app's `useLabels()`) plus field names. */
export interface ExportLabels
  extends Pick<Labels, "language" | "chapter" | "institution" | "modality" | "kind" | "type" | "country"> {
  field: (field: ExportField | LibraryExportField) => string;
}
