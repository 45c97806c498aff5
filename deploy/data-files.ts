import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import type { Plugin } from "vite";
import { CATALOG_FILE, catalogSchema } from "../src/lib/dataset/catalog.ts";

/** Where the bundled archive lives, in the repository and on the site (under the base path). */
export const DATA_FOLDER = "data";

/** The bundled archive's files: the catalog, then every digest file it lists. */
export function dataFileNames(folder = DATA_FOLDER): string[] {
  const catalog = v.parse(catalogSchema, JSON.parse(readFileSync(join(folder, CATALOG_FILE), "utf8")));
  return [CATALOG_FILE, ...catalog.digests.map((digest) => digest.file)];
}

/**
 * Serves the bundled archive as files of the site, `data/catalog.json` and each digest file under
 * its own name (the catalog names them, so they cannot carry a content hash): the app fetches them
 * at runtime like any other dataset, and the service worker precaches them. The dev server serves
 * them from the project's folder as it is.
 */
export function dataFiles(): Plugin {
  return {
    name: "data-files",
    apply: "build",
    generateBundle() {
      for (const name of dataFileNames()) {
        this.emitFile({
          type: "asset",
          fileName: `${DATA_FOLDER}/${name}`,
          source: readFileSync(join(DATA_FOLDER, name)),
        });
      }
    },
  };
}
