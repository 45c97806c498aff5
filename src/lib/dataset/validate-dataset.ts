import * as v from "valibot";
import { type Dataset, datasetSchema } from "./schema";

export interface DatasetProblem {
  /** JSON path such as `papers[3].links.arxiv`. */
  path: string;
  message: string;
}

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

const MAX_PROBLEMS = 50;

function formatPath(issue: v.BaseIssue<unknown>): string {
  if (!issue.path) return "(root)";
  return issue.path
    .map((item, index) =>
      typeof item.key === "number" ? `[${item.key}]` : `${index === 0 ? "" : "."}${String(item.key)}`,
    )
    .join("");
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, collection: string): DatasetProblem[] {
  const seen = new Set<string>();
  const problems: DatasetProblem[] = [];
  items.forEach((item, index) => {
    const id = key(item);
    if (seen.has(id)) problems.push({ path: `${collection}[${index}].id`, message: `duplicate id "${id}"` });
    seen.add(id);
  });
  return problems;
}

/** Checks that every id is unique and every reference points at something that exists. */
function integrityProblems(dataset: Dataset): DatasetProblem[] {
  const problems = [
    ...duplicates(dataset.chapters, (c) => c.id, "chapters"),
    ...duplicates(dataset.institutions, (i) => i.id, "institutions"),
    ...duplicates(dataset.papers, (p) => p.id, "papers"),
  ];
  const chapterIds = new Set(dataset.chapters.map((c) => c.id));
  const institutionIds = new Set(dataset.institutions.map((i) => i.id));
  const digestIds = new Set(dataset.source.digests.map((d) => d.id));
  dataset.papers.forEach((paper, index) => {
    if (!chapterIds.has(paper.chapter)) {
      problems.push({ path: `papers[${index}].chapter`, message: `unknown chapter "${paper.chapter}"` });
    }
    if (!digestIds.has(paper.digest)) {
      problems.push({
        path: `papers[${index}].digest`,
        message: `digest "${paper.digest}" is not listed in source.digests`,
      });
    }
    paper.institutions.forEach((id, i) => {
      if (!institutionIds.has(id)) {
        problems.push({ path: `papers[${index}].institutions[${i}]`, message: `unknown institution "${id}"` });
      }
    });
  });
  return problems;
}

/**
 * Problems of valid files combined into one dataset (combine-datasets.ts): two digest files that
 * give the same paper id to different papers (different arXiv ids).
 */
export function combinedProblems(dataset: Dataset): DatasetProblem[] {
  const seen = new Set<string>();
  const problems: DatasetProblem[] = [];
  dataset.papers.forEach((paper, index) => {
    for (const id of [paper.id, ...(paper.aliases ?? [])]) {
      if (seen.has(id)) {
        problems.push({ path: `papers[${index}].id`, message: `id "${id}" names two different papers of the archive` });
      }
      seen.add(id);
    }
  });
  return problems.slice(0, MAX_PROBLEMS);
}

/** Validates untrusted JSON as a dataset. Never throws. */
export function validateDataset(json: unknown): DatasetValidation {
  const parsed = v.safeParse(datasetSchema, json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues
        .slice(0, MAX_PROBLEMS)
        .map((issue) => ({ path: formatPath(issue), message: issue.message })),
    };
  }
  const problems = integrityProblems(parsed.output);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, dataset: parsed.output };
}
