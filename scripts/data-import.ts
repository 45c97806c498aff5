// npm run data:import -- <digest.txt> --digest 2024-04 [--out file.json] [--archive data/catalog.json]
// Reads a monthly digest and writes a draft dataset with a review list; see README "Importing a digest".
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import * as v from "valibot";
import { digestSchema } from "../src/lib/dataset/schema";
import { archiveFiles, loadArchive } from "./archive/load-archive";
import { importDigest } from "./import/import-digest";
import { importReport } from "./import/import-report";

const USAGE =
  "usage: npm run data:import -- <digest.txt> --digest YYYY-MM [--out file.json] [--archive data/catalog.json]";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    digest: { type: "string" },
    out: { type: "string" },
    archive: { type: "string", default: "data/catalog.json" },
  },
});
const [input] = positionals;
if (!input || positionals.length > 1 || !v.is(digestSchema.entries.id, values.digest)) {
  console.error(USAGE);
  process.exit(2);
}
if (values.out && archiveFiles(values.archive).some((file) => resolve(file) === resolve(values.out ?? ""))) {
  console.error(`✗ --out ${values.out} is the archive: a draft must not replace the dataset it is checked against`);
  process.exit(2);
}
if (!existsSync(input)) {
  console.error(`✗ ${input}: no such file`);
  process.exit(1);
}
const archive = loadArchive(values.archive);
if (!archive.ok) {
  console.error(`✗ ${values.archive}: ${archive.message}`);
  process.exit(1);
}
const draft = importDigest(readFileSync(input, "utf8"), archive.archive, { digest: values.digest, sourceName: input });
const outFile = draft.papers.length > 0 ? (values.out ?? `${values.digest}.draft.json`) : null;
if (outFile) writeFileSync(outFile, `${JSON.stringify(draft, null, 2)}\n`);
const { exitCode, lines } = importReport(draft, outFile);
for (const line of lines) console.log(line);
process.exit(exitCode);
