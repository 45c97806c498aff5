// The catalog of a multi-digest archive folder: one dataset file per digest, listed in catalog.json.
// Written by data:synth --out-dir, read by data:import --archive. The app does not read it yet.
import * as v from "valibot";
import { digestSchema } from "../../src/lib/dataset/schema";

export const CATALOG_FILE = "catalog.json";

export const catalogSchema = v.object({
  digests: v.array(
    v.object({
      id: digestSchema.entries.id,
      title: digestSchema.entries.titleEn,
      month: digestSchema.entries.id,
      papers: v.pipe(v.number(), v.integer(), v.minValue(0)),
      /** The digest's dataset file, relative to the catalog's folder. */
      file: v.pipe(v.string(), v.regex(/^[\w.-]+\.json$/, "must be a file name in the catalog's folder")),
    }),
  ),
});

export type Catalog = v.InferOutput<typeof catalogSchema>;
