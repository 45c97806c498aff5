// What data:import prints and its exit code, from the draft it made.
import type { Draft } from "./draft";
import { formatReview } from "./review";

export function importReport(draft: Draft, outFile: string | null): { exitCode: number; lines: string[] } {
  if (draft.papers.length === 0 || outFile === null) {
    const why = formatReview(draft.review.filter((item) => item.category === "structure"));
    return { exitCode: 1, lines: ["✗ nothing imported: no entry could be read", ...why] };
  }
  const lines = formatReview(draft.review);
  const digest = draft.source.digests.map((d) => d.id).join(", ");
  return {
    exitCode: 0,
    lines: [
      `✓ ${outFile}: draft of digest ${digest}, ${draft.papers.length} papers in ${draft.chapters.length} chapters, ${draft.review.length} review items`,
      ...lines,
      "Next: fill in what the review list names, delete the review list, then run npm run data:check -- <file>.",
    ],
  };
}
