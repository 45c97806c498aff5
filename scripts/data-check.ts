// Validates a dataset file with the app's own schema plus the editorial audit; given a catalog
// (the default, data/catalog.json), checks the catalog and every digest file it lists.
// Usage: npm run data:check [-- path/to/dataset.json | path/to/catalog.json]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as v from "valibot";
import { auditDataset, authorCoverage } from "../src/lib/dataset/audit-dataset";
import { type CatalogEntry, catalogSchema, looksLikeCatalog } from "../src/lib/dataset/catalog";
import type { Dataset } from "../src/lib/dataset/schema";
import { validateDataset } from "../src/lib/dataset/validate-dataset";
import { openReview } from "./import/review";

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`✗ ${file}: cannot read JSON: ${(error as Error).message}`);
    return undefined;
  }
}

function printSummary(file: string, dataset: Dataset): void {
  console.log(
    `✓ ${file}: schema v${dataset.schemaVersion}, ${dataset.papers.length} papers, ${dataset.institutions.length} institutions`,
  );
  for (const chapter of dataset.chapters) {
    const count = dataset.papers.filter((p) => p.chapter === chapter.id).length;
    console.log(
      `  ${String(chapter.number).padStart(2)} ${chapter.id.padEnd(14)} ${String(count).padStart(3)}  ${chapter.nameZh}`,
    );
  }
  const titled = dataset.papers.filter((p) => p.title !== null).length;
  console.log(`  English titles: ${titled} of ${dataset.papers.length}`);
  // The audit has passed, so every non-empty author list has a source.
  const coverage = authorCoverage(dataset);
  console.log(`  authors: ${coverage.withAuthors} of ${coverage.total}, each with a source`);
  if (coverage.missing.length > 0) {
    console.log(`  without authors (${coverage.missing.length}):`);
    for (const id of coverage.missing) console.log(`    ${id}`);
  }
}

/** Where a digest file disagrees with its catalog line. */
function catalogMismatches(entry: CatalogEntry, dataset: Dataset): string[] {
  const problems: string[] = [];
  if (!dataset.source.digests.some((digest) => digest.id === entry.id)) {
    problems.push(`the catalog names digest ${entry.id}, the file does not list it in source.digests`);
  }
  if (dataset.papers.length !== entry.papers) {
    problems.push(`the catalog says ${entry.papers} papers, the file has ${dataset.papers.length}`);
  }
  return problems;
}

function checkDataset(file: string, json: unknown, entry?: CatalogEntry): boolean {
  const review = openReview(json);
  if (review) {
    console.error(
      `✗ ${file}: a draft from data:import with ${review.count} open review item(s); fill them in, then delete "review"`,
    );
    for (const line of review.lines) console.error(`  ${line}`);
    return false;
  }
  const validation = validateDataset(json);
  const problems = validation.ok
    ? [
        ...auditDataset(validation.dataset),
        ...(entry
          ? catalogMismatches(entry, validation.dataset).map((message) => ({ path: "(catalog)", message }))
          : []),
      ]
    : validation.problems;
  if (problems.length > 0) {
    console.error(`✗ ${file}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  ${p.path}: ${p.message}`);
    return false;
  }
  if (validation.ok) printSummary(file, validation.dataset);
  return true;
}

function checkCatalog(file: string, json: unknown): boolean {
  const catalog = v.safeParse(catalogSchema, json);
  if (!catalog.success) {
    console.error(`✗ ${file}: not a valid catalog`);
    for (const issue of catalog.issues) console.error(`  ${v.getDotPath(issue) ?? "(root)"}: ${issue.message}`);
    return false;
  }
  console.log(`✓ ${file}: ${catalog.output.digests.length} digest file(s)`);
  return catalog.output.digests
    .map((entry) => {
      const digestFile = join(dirname(file), entry.file);
      const digestJson = readJson(digestFile);
      return digestJson !== undefined && checkDataset(digestFile, digestJson, entry);
    })
    .every(Boolean);
}

const file = process.argv[2] ?? "data/catalog.json";
const json = readJson(file);
const ok = json !== undefined && (looksLikeCatalog(json) ? checkCatalog(file, json) : checkDataset(file, json));
if (!ok) process.exit(1);
