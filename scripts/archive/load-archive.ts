// Reads the archive an import is checked against: one dataset file (single- or multi-digest), or a
// catalog.json and the digest files it lists. Every file is validated with the app's schema.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as v from "valibot";
import { catalogSchema } from "../../src/lib/dataset/catalog";
import type { Chapter, Dataset, Institution, Paper } from "../../src/lib/dataset/schema";
import { validateDataset } from "../../src/lib/dataset/validate-dataset";

export interface Archive {
  chapters: Chapter[];
  institutions: Institution[];
  papers: Paper[];
}

export type ArchiveLoad = { ok: true; archive: Archive } | { ok: false; message: string };

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

function readDataset(file: string): Dataset {
  const validation = validateDataset(readJson(file));
  if (!validation.ok) {
    const first = validation.problems[0];
    throw new Error(`${file} is not a valid dataset (${first?.path}: ${first?.message})`);
  }
  return validation.dataset;
}

function firstById<T extends { id: string }>(items: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}

/** Chapters and institutions once each (by id, the first file's wins); every paper of every file. */
export function mergeArchive(datasets: readonly Dataset[]): Archive {
  return {
    chapters: firstById(datasets.flatMap((d) => d.chapters)),
    institutions: firstById(datasets.flatMap((d) => d.institutions)),
    papers: datasets.flatMap((d) => d.papers),
  };
}

/** The files an archive is read from: the file itself and, for a catalog, every digest file it lists. */
export function archiveFiles(file: string): string[] {
  try {
    const catalog = v.safeParse(catalogSchema, readJson(file));
    return [file, ...(catalog.success ? catalog.output.digests.map((digest) => join(dirname(file), digest.file)) : [])];
  } catch {
    return [file];
  }
}

export function loadArchive(file: string): ArchiveLoad {
  try {
    const json = readJson(file);
    const catalog = v.safeParse(catalogSchema, json);
    const datasets = catalog.success
      ? catalog.output.digests.map((digest) => readDataset(join(dirname(file), digest.file)))
      : [readDataset(file)];
    return { ok: true, archive: mergeArchive(datasets) };
  } catch (error) {
    return { ok: false, message: `cannot read the archive: ${(error as Error).message}` };
  }
}
