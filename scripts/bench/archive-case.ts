// The benchmark's archive case: N papers as monthly digest files plus a catalog, served from the
// built app's folder, and the same papers as one file for the harness (its reference counts and
// the AG Grid side read that). The harness opens the app at `?dataset=/bench/data.json`; a copy of
// its script opens the catalog instead.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { combineDatasets } from "../../src/lib/dataset/combine-datasets";
import type { Dataset } from "../../src/lib/dataset/schema";
import { writeArchiveFolder } from "../archive/archive-folder";
import { synthDigests } from "../synth/synth-archive";

/** Where the catalog is served, under the app's folder. */
const ARCHIVE_PATH = "bench-archive";
const HARNESS_APP_URL = "/?dataset=/bench/data.json";

/**
 * Writes `months` digest files of `papers / months` papers each (rounded up) into `dist`, and the
 * archive as the app shows it (repeated papers folded, the same order) as `wholeFile`.
 */
export function writeArchiveCase(dist: string, papers: number, months: number, wholeFile: string): void {
  const digests = synthDigests(months, Math.ceil(papers / months), 1);
  writeArchiveFolder(join(dist, ARCHIVE_PATH), digests);
  writeFileSync(wholeFile, JSON.stringify(combineDatasets(digests as [Dataset, ...Dataset[]])));
}

/** A copy of the harness's side-by-side script whose app page opens the archive's catalog. */
export function catalogHarness(harness: string): string {
  const script = readFileSync(join(harness, "sidebyside.mjs"), "utf8");
  if (!script.includes(HARNESS_APP_URL)) {
    throw new Error(
      `the harness no longer opens the app at ${HARNESS_APP_URL}: the archive case cannot point it elsewhere`,
    );
  }
  const copy = "sidebyside-catalog.mjs";
  writeFileSync(join(harness, copy), script.replace(HARNESS_APP_URL, `/?dataset=/${ARCHIVE_PATH}/catalog.json`));
  return copy;
}
