import type { Modality, Paper } from "../../lib/dataset/schema";

export type RelatedReason =
  | { kind: "institution"; values: string[] }
  | { kind: "task"; values: string[] }
  | { kind: "chapter"; value: string }
  | { kind: "modality"; values: Modality[] };

export interface RelatedPaper {
  index: number;
  score: number;
  /** Strongest kind of link first. */
  reasons: RelatedReason[];
}

// A shared institution says more than a shared task, and both more than a shared modality
// ("text" alone links most of the dataset), so modalities only tip the balance.
const WEIGHTS = { institution: 4, task: 2, chapter: 2, modality: 1 } as const;
const MIN_SCORE = 3;

function shared<T>(a: readonly T[], b: readonly T[]): T[] {
  return a.filter((value) => b.includes(value));
}

export function relatedReasons(paper: Paper, other: Paper): RelatedReason[] {
  const reasons: RelatedReason[] = [];
  const institutions = shared(paper.institutions, other.institutions);
  if (institutions.length > 0) reasons.push({ kind: "institution", values: institutions });
  const tasks = shared(paper.tasks, other.tasks);
  if (tasks.length > 0) reasons.push({ kind: "task", values: tasks });
  if (paper.chapter === other.chapter) reasons.push({ kind: "chapter", value: paper.chapter });
  const modalities = shared(paper.modalities, other.modalities);
  if (modalities.length > 0) reasons.push({ kind: "modality", values: modalities });
  return reasons;
}

function scoreOf(reasons: RelatedReason[]): number {
  return reasons.reduce(
    (sum, reason) => sum + WEIGHTS[reason.kind] * (reason.kind === "chapter" ? 1 : reason.values.length),
    0,
  );
}

/** The papers most like `papers[index]`, best first; ties keep dataset order so the list is stable. */
export function relatedPapers(papers: readonly Paper[], index: number, limit = 5): RelatedPaper[] {
  const paper = papers[index];
  if (!paper) return [];
  const found: RelatedPaper[] = [];
  papers.forEach((other, otherIndex) => {
    if (otherIndex === index) return;
    const reasons = relatedReasons(paper, other);
    const score = scoreOf(reasons);
    if (score >= MIN_SCORE) found.push({ index: otherIndex, score, reasons });
  });
  return found.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, limit);
}
