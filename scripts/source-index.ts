// Extracts the facts the dataset must cover from the source digest: each entry's chapter number,
// heading and arXiv ids, in order. `npx tsx scripts/source-index.ts [seed]` rewrites
// data/source-index.json, which lets the coverage test run on machines without the source text.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { arxivIdFromLink } from "../src/lib/dataset/audit-dataset";
import { parseDigest } from "./import/parse-digest";

export interface SourceEntry {
  chapter: number;
  heading: string;
  arxivIds: string[];
}

export const DEFAULT_SEED = process.env.PAPER_EXPLORER_SEED ?? "../shared/seed/digest-2024-04.zh.txt";
export const INDEX_FILE = "data/source-index.json";

/** The facts of each entry, read with the importer's format rules (scripts/import/digest-format.ts). */
export function extractSourceIndex(text: string): SourceEntry[] {
  return parseDigest(text).chapters.flatMap((chapter) =>
    chapter.entries.map((entry) => ({
      chapter: chapter.number ?? 0,
      heading: entry.heading,
      arxivIds: entry.links.flatMap((link) => arxivIdFromLink(link.url) ?? []),
    })),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const seed = process.argv[2] ?? DEFAULT_SEED;
  if (!existsSync(seed)) {
    console.error(`Source text not found at ${seed} (set PAPER_EXPLORER_SEED or pass a path).`);
    process.exit(1);
  }
  const index = extractSourceIndex(readFileSync(seed, "utf8"));
  writeFileSync(INDEX_FILE, `${JSON.stringify(index, null, 2)}\n`);
  console.log(`${INDEX_FILE}: ${index.length} entries`);
}
