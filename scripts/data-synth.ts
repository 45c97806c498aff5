// npm run data:synth -- --papers 100000 --out file.json [--seed 1]
// npm run data:synth -- --months 6 --papers 1000 (--out archive.json | --out-dir folder) [--seed 1]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CATALOG_FILE } from "../src/lib/dataset/catalog";
import { writeArchiveFolder } from "./archive/archive-folder";
import { archiveFile, MAX_PAPERS_PER_DIGEST, synthDigests } from "./synth/synth-archive";
import { synthDataset } from "./synth/synth-dataset";

const USAGE = [
  "usage: npm run data:synth -- --papers <count> --out <file.json> [--seed <integer>]",
  `       npm run data:synth -- --months <count> --papers <per digest, at most ${MAX_PAPERS_PER_DIGEST}> (--out <file.json> | --out-dir <folder>) [--seed <integer>]`,
].join("\n");

const { values } = parseArgs({
  options: {
    papers: { type: "string", default: "1000" },
    months: { type: "string" },
    out: { type: "string" },
    "out-dir": { type: "string" },
    seed: { type: "string", default: "1" },
  },
});
const papers = Number(values.papers);
const seed = Number(values.seed);
const months = values.months === undefined ? null : Number(values.months);
const outDir = values["out-dir"];
const oneOutput = (values.out === undefined) !== (outDir === undefined);
const validMonths =
  months === null ? outDir === undefined : Number.isInteger(months) && months >= 1 && papers <= MAX_PAPERS_PER_DIGEST;
if (!oneOutput || !validMonths || !Number.isInteger(papers) || papers < 1 || !Number.isInteger(seed)) {
  console.error(USAGE);
  process.exit(2);
}

if (months === null) {
  const dataset = synthDataset(papers, seed);
  writeFileSync(values.out as string, JSON.stringify(dataset));
  console.log(`${values.out}: ${dataset.papers.length} papers, ${dataset.institutions.length} institutions`);
} else {
  const digests = synthDigests(months, papers, seed);
  if (outDir) {
    writeArchiveFolder(outDir, digests);
    console.log(`${outDir}: ${CATALOG_FILE} and ${digests.length} digest files of ${papers} papers`);
  } else {
    const archive = archiveFile(digests, seed);
    writeFileSync(values.out as string, JSON.stringify(archive));
    console.log(`${values.out}: ${archive.source.digests.length} digests, ${archive.papers.length} papers`);
  }
}
