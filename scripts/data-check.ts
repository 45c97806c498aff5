// Validates a dataset file with the app's own schema plus the editorial audit.
// Usage: npm run data:check [-- path/to/dataset.json]
import { readFileSync } from "node:fs";
import { auditDataset, authorCoverage } from "../src/lib/dataset/audit-dataset";
import { validateDataset } from "../src/lib/dataset/validate-dataset";
import { openReview } from "./import/review";

const file = process.argv[2] ?? "data/papers.json";
let json: unknown;
try {
  json = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.error(`✗ ${file}: cannot read JSON: ${(error as Error).message}`);
  process.exit(1);
}
const review = openReview(json);
if (review) {
  console.error(
    `✗ ${file}: a draft from data:import with ${review.count} open review item(s); fill them in, then delete "review"`,
  );
  for (const line of review.lines) console.error(`  ${line}`);
  process.exit(1);
}
const validation = validateDataset(json);
const problems = validation.ok ? auditDataset(validation.dataset) : validation.problems;
if (problems.length > 0) {
  console.error(`✗ ${file}: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${p.path}: ${p.message}`);
  process.exit(1);
}
if (validation.ok) {
  const { dataset } = validation;
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
