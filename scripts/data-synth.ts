// npm run data:synth -- --papers 100000 --out file.json [--seed 1]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { synthDataset } from "./synth/synth-dataset";

const { values } = parseArgs({
  options: {
    papers: { type: "string", default: "1000" },
    out: { type: "string" },
    seed: { type: "string", default: "1" },
  },
});
const papers = Number(values.papers);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(papers) || papers < 1 || !Number.isInteger(seed)) {
  console.error("usage: npm run data:synth -- --papers <count> --out <file.json> [--seed <integer>]");
  process.exit(2);
}
const dataset = synthDataset(papers, seed);
writeFileSync(values.out, JSON.stringify(dataset));
console.log(`${values.out}: ${dataset.papers.length} papers, ${dataset.institutions.length} institutions`);
