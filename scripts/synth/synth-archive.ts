// A synthetic multi-digest archive: N monthly digests (ids YYYY-MM from January 2024) sharing one
// pool of institutions, where some papers reappear in a later digest with the same arXiv id, as the
// same paper does when two monthly digests cover it. The same seed gives the same archive.
import type { Dataset, Paper } from "../../src/lib/dataset/schema";
import { createRandom, type Random } from "./random";
import { CHAPTERS, institutionPool, makePaper, peopleRandom } from "./synth-dataset";

/** The share of a digest's papers that reappear from an earlier digest (at least one per digest after the first). */
const REPEAT_SHARE = 0.05;
/** arXiv ids number a month's papers with five digits. */
export const MAX_PAPERS_PER_DIGEST = 100000;

function digestMonth(offset: number): string {
  const year = 2024 + Math.floor(offset / 12);
  return `${year}-${String((offset % 12) + 1).padStart(2, "0")}`;
}

function distinctPicks<T>(random: Random, items: readonly T[], count: number): T[] {
  const picked = new Set<T>();
  for (let tries = 0; picked.size < Math.min(count, items.length) && tries < count * 20; tries++) {
    picked.add(random.pick(items));
  }
  return [...picked];
}

function digestDataset(id: string, papers: Paper[], pool: ReturnType<typeof institutionPool>, seed: number): Dataset {
  const used = new Set(papers.flatMap((p) => p.institutions));
  return {
    schemaVersion: 1,
    source: {
      description: `A synthetic monthly digest (${id}) of ${papers.length} papers for tests and benchmarks (seed ${seed}).`,
      digests: [{ id, titleZh: `合成月报 ${id}`, titleEn: `Synthetic digest ${id}`, language: "en" }],
    },
    chapters: CHAPTERS,
    institutions: pool.institutions.filter((i) => used.has(i.id)),
    papers,
  };
}

/** One dataset per monthly digest, in month order. */
export function synthDigests(months: number, papersPerDigest: number, seed = 1): Dataset[] {
  const random = createRandom(seed);
  const pool = institutionPool(random, months * papersPerDigest);
  const people = peopleRandom(seed);
  const originals: Paper[] = [];
  return Array.from({ length: months }, (_, month) => {
    const id = digestMonth(month);
    const papers = Array.from({ length: papersPerDigest }, (_, i) =>
      makePaper(random, people, month * papersPerDigest + i, pool, { digest: id, published: id }),
    );
    const repeats = month === 0 || papersPerDigest < 2 ? 0 : Math.max(1, Math.round(papersPerDigest * REPEAT_SHARE));
    const reappearing = distinctPicks(random, originals, repeats);
    originals.push(...papers);
    // Distinct positions and distinct earlier papers: no arXiv id twice within one digest.
    const positions = distinctPicks(
      random,
      papers.map((_, i) => i),
      reappearing.length,
    );
    positions.forEach((position, r) => {
      const earlier = reappearing[r] as Paper;
      papers[position] = { ...earlier, id: `${earlier.id}-${id}`, digest: id };
    });
    return digestDataset(id, papers, pool, seed);
  });
}

/** The whole archive as one dataset file: every digest listed in source.digests. */
export function archiveFile(digests: readonly Dataset[], seed: number): Dataset {
  const papers = digests.flatMap((d) => d.papers);
  const institutions = new Map(digests.flatMap((d) => d.institutions).map((i) => [i.id, i]));
  return {
    schemaVersion: 1,
    source: {
      description: `A synthetic archive of ${digests.length} monthly digests, ${papers.length} papers, for tests and benchmarks (seed ${seed}).`,
      digests: digests.flatMap((d) => d.source.digests),
    },
    chapters: CHAPTERS,
    institutions: [...institutions.values()],
    papers,
  };
}
