import { fileKind } from "../library/file-kind";
import { datasetSchema } from "./schema";

/**
 * What a JSON file that is plainly not a dataset holds instead: another of the app's files, a
 * value that is not an object, or an object with none of a dataset's parts. Said in plain words,
 * the way the library import names a file of the wrong kind, instead of a list of schema problems.
 */
export type NotADataset = "library" | "saved-views" | "text" | "number" | "boolean" | "null" | "list" | "unrelated";

/** The parts every dataset file has, read from the schema (the draft-only `review` is not one). */
export const DATASET_PARTS = Object.entries(datasetSchema.entries)
  .filter(([, schema]) => schema.type !== "optional")
  .map(([key]) => key);

export function notADataset(json: unknown): NotADataset | null {
  if (json === null) return "null";
  if (Array.isArray(json)) return "list";
  switch (typeof json) {
    case "string":
      return "text";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "object": {
      const kind = fileKind(json);
      if (kind === "library" || kind === "saved-views") return kind;
      return DATASET_PARTS.some((key) => key in json) ? null : "unrelated";
    }
    default:
      return null;
  }
}
