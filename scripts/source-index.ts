// Extracts the facts the dataset must cover from the source digest: each entry's chapter number,
// heading and arXiv ids, in order. `npx tsx scripts/source-index.ts [seed]` rewrites
// data/source-index.json, which lets the coverage test run on machines without the source text.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface SourceEntry {
  chapter: number;
  heading: string;
  arxivIds: string[];
}

export const DEFAULT_SEED = process.env.PAPER_EXPLORER_SEED ?? "../shared/seed/digest-2024-04.zh.txt";
export const INDEX_FILE = "data/source-index.json";

export function extractSourceIndex(text: string): SourceEntry[] {
  const entries: SourceEntry[] = [];
  let chapter = 0;
  for (const line of text.split(/\r?\n/)) {
    const chapterMatch = /^第\s*(\d+)\s*章/.exec(line);
    if (chapterMatch) chapter = Number(chapterMatch[1]);
    const heading = /^【(.*)】\s*$/.exec(line.trim());
    if (heading?.[1] !== undefined) entries.push({ chapter, heading: heading[1].trim(), arxivIds: [] });
    for (const [, id] of line.matchAll(/arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/g)) {
      const current = entries.at(-1);
      if (current && id) current.arxivIds.push(id);
    }
  }
  return entries;
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
