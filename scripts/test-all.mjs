// The full test suite, as README and CI run it: lint, types, the dataset check, unit tests and
// browser tests. Every step runs even if an earlier one fails; the exit code says if any did.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const RESULTS = ".test-results";
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const steps = [
  { name: "lint and format (biome)", cmd: ["npx", "biome", "ci", "."] },
  { name: "route tree", cmd: ["npx", "tsr", "generate"] },
  { name: "types (tsc)", cmd: ["npx", "tsc", "--noEmit"] },
  { name: "dataset check", cmd: ["npx", "tsx", "scripts/data-check.ts"] },
  {
    name: "unit tests (vitest)",
    cmd: ["npx", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/unit.json`],
    report: `${RESULTS}/unit.json`,
  },
  {
    name: "browser tests (vitest + playwright-core + chromium)",
    cmd: [
      "npx",
      "vitest",
      "run",
      "--config",
      "vitest.e2e.config.ts",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${RESULTS}/e2e.json`,
    ],
    report: `${RESULTS}/e2e.json`,
  },
];

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name}: ${step.cmd.join(" ")}`);
  const { status } = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: "inherit" });
  if (step.report && existsSync(step.report)) {
    const report = JSON.parse(readFileSync(step.report, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0);
  }
  if (status !== 0) failedSteps.push(step.name);
}

console.log("");
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
