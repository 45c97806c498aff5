// Writes an archive as a folder: one dataset file per digest (`<id>.json`) and catalog.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOG_FILE, type Catalog } from "../../src/lib/dataset/catalog";
import type { Dataset } from "../../src/lib/dataset/schema";

/** The catalog of single-digest datasets whose files are named `<id>.json`. */
export function archiveCatalog(digests: readonly Dataset[]): Catalog {
  return {
    digests: digests.flatMap((d) =>
      d.source.digests.map((digest) => ({
        id: digest.id,
        title: digest.titleEn,
        month: digest.id,
        papers: d.papers.length,
        file: `${digest.id}.json`,
      })),
    ),
  };
}

export function writeArchiveFolder(folder: string, digests: readonly Dataset[]): Catalog {
  mkdirSync(folder, { recursive: true });
  const catalog = archiveCatalog(digests);
  for (const [i, digest] of digests.entries()) {
    writeFileSync(join(folder, catalog.digests[i]?.file ?? ""), JSON.stringify(digest));
  }
  writeFileSync(join(folder, CATALOG_FILE), `${JSON.stringify(catalog, null, 2)}\n`);
  return catalog;
}
