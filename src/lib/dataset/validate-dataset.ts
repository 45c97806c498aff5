import * as v from "valibot";
import { type Dataset, datasetSchema } from "./schema";

export interface DatasetProblem {
  /** JSON path such as `papers[3].links.arxiv`. */
  path: string;
  message: string;
}

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

const MAX_PROBLEMS = 50;
/**
 * The most of a path or message a problem keeps. Problems quote the input (valibot's messages end
 * with the value received, which can be a whole 60 MB file), and the page shows them as text.
 */
const MAX_PATH_CHARS = 160;
const MAX_MESSAGE_CHARS = 240;
/** The most of a quoted value kept inside a message, so the message around it still reads whole. */
const MAX_VALUE_CHARS = 60;

/** `text` cut to at most `max` characters, the cut marked with an ellipsis (never half of a surrogate pair). */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** A quoted value such as `"AAAA…"` keeps its closing quote when shortened. */
function shortenValue(value: string): string {
  if (value.length <= MAX_VALUE_CHARS) return value;
  const quoted = value.length > 1 && value.startsWith('"') && value.endsWith('"');
  return quoted ? `${shorten(value.slice(0, -1), MAX_VALUE_CHARS - 1)}"` : shorten(value, MAX_VALUE_CHARS);
}

/** A problem as the page may show it: no path or message longer than the limits above. */
function bounded({ path, message }: DatasetProblem): DatasetProblem {
  return { path: shorten(path, MAX_PATH_CHARS), message: shorten(message, MAX_MESSAGE_CHARS) };
}

/** Schema issues as problems, the value each one received shortened in its message. */
export function issueProblems(issues: readonly v.BaseIssue<unknown>[]): DatasetProblem[] {
  return issues.slice(0, MAX_PROBLEMS).map((issue) =>
    bounded({
      path: formatPath(issue),
      // A function as the replacement, so a `$` in the value is not read as a pattern.
      message: issue.message.replace(issue.received, () => shortenValue(issue.received)),
    }),
  );
}

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
  return problems.slice(0, MAX_PROBLEMS).map(bounded);
}

/** Validates untrusted JSON as a dataset. Never throws. */
export function validateDataset(json: unknown): DatasetValidation {
  const parsed = v.safeParse(datasetSchema, json);
  if (!parsed.success) return { ok: false, problems: issueProblems(parsed.issues) };
  return checkIntegrity(parsed.output);
}

/** A dataset whose parts passed the schema, checked as a whole: unique ids, references that resolve. */
export function checkIntegrity(dataset: Dataset): DatasetValidation {
  const problems = integrityProblems(dataset);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS).map(bounded) };
  return { ok: true, dataset };
}
