// The catalog of an archive: one dataset file per digest, listed in catalog.json. The app opens a
// catalog (the bundled data is one) as well as a single dataset file; data:synth --out-dir writes
// one and data:import --archive reads one.
import * as v from "valibot";
import { digestSchema } from "./schema";

export const CATALOG_FILE = "catalog.json";
/** A catalog is a short list; a larger file is a dataset, and its search index can start before it is read. */
export const MAX_CATALOG_BYTES = 1024 * 1024;

export const catalogSchema = v.object({
  digests: v.pipe(
    v.array(
      v.object({
        id: digestSchema.entries.id,
        title: digestSchema.entries.titleEn,
        month: digestSchema.entries.id,
        papers: v.pipe(v.number(), v.integer(), v.minValue(0)),
        /** The digest's dataset file, relative to the catalog's folder. */
        file: v.pipe(v.string(), v.regex(/^[\w.-]+\.json$/, "must be a file name in the catalog's folder")),
      }),
    ),
    v.minLength(1, "a catalog lists at least one digest"),
  ),
});

export type Catalog = v.InferOutput<typeof catalogSchema>;
export type CatalogEntry = Catalog["digests"][number];

/** Whether a parsed JSON file is a catalog rather than a dataset: a catalog has `digests` at its top level. */
export function looksLikeCatalog(json: unknown): boolean {
  return typeof json === "object" && json !== null && "digests" in json && !("papers" in json);
}

/** Catalog lines oldest first: the order papers are combined in, on the page and in the search worker. */
export function byMonth(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return [...entries].sort((a, b) => a.month.localeCompare(b.month) || a.id.localeCompare(b.id));
}

/** The order to request a catalog's files in: those of the digests the view names first. */
export function requestOrder(entries: readonly CatalogEntry[], first: readonly string[]): CatalogEntry[] {
  return byMonth(entries).sort((a, b) => Number(first.includes(b.id)) - Number(first.includes(a.id)));
}
