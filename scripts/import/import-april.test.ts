// Acceptance: the draft of the April 2024 digest has the facts of data/2024-04.json for every paper,
// apart from the differences in april-differences.ts, each recorded by a dataset note or by the
// draft's own review list. Needs the source text, which is not committed (see data/papers.test.ts).
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Paper } from "../../src/lib/dataset/schema";
import { validateDataset } from "../../src/lib/dataset/validate-dataset";
import { mergeArchive } from "../archive/load-archive";
import { DEFAULT_SEED } from "../source-index";
import { APRIL_DIFFERENCES, APRIL_MISLABELLED_LINKS, FACT_FIELDS, type FactField } from "./april-differences";
import type { DraftPaper } from "./draft";
import { importDigest } from "./import-digest";

interface Difference {
  paper: string;
  field: FactField;
  draft: unknown;
  dataset: unknown;
}

function compareFacts(draft: readonly DraftPaper[], dataset: readonly Paper[]): Difference[] {
  const differences: Difference[] = [];
  dataset.forEach((paper, index) => {
    const drafted = draft[index];
    for (const field of FACT_FIELDS) {
      if (JSON.stringify(drafted?.[field]) !== JSON.stringify(paper[field])) {
        differences.push({ paper: paper.id, field, draft: drafted?.[field], dataset: paper[field] });
      }
    }
  });
  return differences;
}

const key = (d: { paper: string; field: string }) => `${d.paper}.${d.field}`;

function importApril() {
  const validation = validateDataset(JSON.parse(readFileSync("data/2024-04.json", "utf8")));
  if (!validation.ok) throw new Error("data/2024-04.json is not valid");
  const dataset = validation.dataset;
  const draft = importDigest(readFileSync(DEFAULT_SEED, "utf8"), mergeArchive([dataset]), {
    digest: "2024-04",
    sourceName: DEFAULT_SEED,
  });
  const draftIdOf = (paperId: string) => draft.papers[dataset.papers.findIndex((p) => p.id === paperId)]?.id;
  return {
    dataset,
    draft,
    differences: compareFacts(draft.papers, dataset.papers),
    draftIdOf,
    reviewed: (paperId: string, category: string) =>
      draft.review.some((item) => item.paper === draftIdOf(paperId) && item.category === category),
    hasNote: (paperId: string, text: string) =>
      dataset.papers.find((p) => p.id === paperId)?.notes.some((note) => note.en.includes(text)) ?? false,
  };
}

describe.skipIf(!existsSync(DEFAULT_SEED))(
  `importing the April 2024 digest from ${DEFAULT_SEED} (skipped when that file is absent; PAPER_EXPLORER_SEED sets it)`,
  () => {
    // Read in beforeAll, not here: a skipped suite's body still runs, and the source may be absent.
    let april: ReturnType<typeof importApril>;
    beforeAll(() => {
      april = importApril();
    });

    it("drafts every paper of the dataset, in order, in the same chapters", () => {
      const { draft, dataset } = april;
      expect(draft.papers).toHaveLength(dataset.papers.length);
      expect(draft.chapters).toEqual(dataset.chapters);
    });

    it("has no difference that is not explained", () => {
      const { differences } = april;
      const explained = new Set(APRIL_DIFFERENCES.map(key));
      const unexplained = differences.filter((d) => !explained.has(key(d)));
      expect(unexplained, "differences from data/2024-04.json with no entry in april-differences.ts").toEqual([]);
    });

    const titled = APRIL_DIFFERENCES.map((d) => [`${d.paper} ${d.field} differs: ${d.why}`, d] as const);
    it.each(titled)("%s", (_title, explained) => {
      const { differences, hasNote, reviewed } = april;
      const difference = differences.find((d) => key(d) === key(explained));
      expect(difference, "an explanation for a difference that no longer exists").toBeDefined();
      if ("note" in explained.recordedBy) expect(hasNote(explained.paper, explained.recordedBy.note)).toBe(true);
      else expect(reviewed(explained.paper, explained.recordedBy.review)).toBe(true);
    });

    it("flags exactly the link labels the dataset's notes correct", () => {
      const { draft, draftIdOf, hasNote } = april;
      const flagged = draft.review.filter((item) => item.category === "link-label").map((item) => item.paper);
      expect(flagged).toEqual(APRIL_MISLABELLED_LINKS.map(({ paper }) => draftIdOf(paper)));
      for (const { paper, note } of APRIL_MISLABELLED_LINKS) expect(hasNote(paper, note), paper).toBe(true);
    });

    it("flags every summary for review and is refused by the app's schema", () => {
      const { draft, dataset } = april;
      expect(draft.review.filter((item) => item.category === "empty-summary")).toHaveLength(dataset.papers.length);
      const validation = validateDataset(JSON.parse(JSON.stringify(draft)));
      expect(validation.ok).toBe(false);
    });

    it("proposes no new institution: the archive knows every one the digest names", () => {
      const { draft, dataset } = april;
      expect(draft.review.filter((item) => item.category === "new-institution")).toEqual([]);
      expect(draft.institutions.every((i) => dataset.institutions.some((known) => known.id === i.id))).toBe(true);
    });

    it("reports every paper as already in the archive, except the two without an arXiv link", () => {
      const { draft, dataset, draftIdOf } = april;
      expect(draft.review.filter((item) => item.category === "duplicate")).toHaveLength(dataset.papers.length - 2);
      expect(draft.review.filter((item) => item.category === "no-arxiv").map((item) => item.paper)).toEqual([
        draftIdOf("ethics-of-advanced-ai-assistants"),
        draftIdOf("speculative-decoding-mllm"),
      ]);
    });
  },
);
