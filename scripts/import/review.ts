import * as v from "valibot";

// What a draft still needs from a maintainer. The categories are declared once, in report order;
// the draft file's `review` list and the printed report both read them.

export const REVIEW_CATEGORIES = [
  { id: "structure", title: "Digest structure", compact: false },
  { id: "unparsed", title: "Entries not parsed fully", compact: false },
  { id: "name", title: "Names to write (the source names no system)", compact: false },
  {
    id: "new-institution",
    title: "New institutions (not in the archive): check, then fill nameEn/nameZh, type, country",
    compact: false,
  },
  { id: "new-chapter", title: "New chapters (not in the archive): give each an id and nameEn", compact: false },
  { id: "no-arxiv", title: "Links without an arXiv id", compact: false },
  { id: "duplicate", title: "Already in the archive (same arXiv id)", compact: false },
  { id: "link-label", title: "Link labels that disagree with their URL (filed by the URL)", compact: false },
  { id: "empty-summary", title: "Empty summaries: write summary.en and summary.zh in our own words", compact: true },
  {
    id: "unclassified",
    title: "To classify: modalities, kind, tasks (and title, results, notes where known)",
    compact: true,
  },
  { id: "digest", title: "Digest record: write source.description and the digest's titles", compact: false },
] as const;

export type ReviewCategory = (typeof REVIEW_CATEGORIES)[number]["id"];

const reviewItemSchema = v.object({
  category: v.picklist(REVIEW_CATEGORIES.map((c) => c.id)),
  /** The draft paper's id, when the item is about one paper. */
  paper: v.nullable(v.string()),
  /** JSON path in the draft of the value to fix, e.g. `papers[3].links`. */
  path: v.string(),
  message: v.string(),
  /** 1-based line in the digest text, when known. */
  line: v.nullable(v.number()),
});

export type ReviewItem = v.InferOutput<typeof reviewItemSchema>;

/** The review report: each category with its items, compact categories as one line of ids. */
export function formatReview(items: readonly ReviewItem[]): string[] {
  const lines: string[] = [];
  for (const category of REVIEW_CATEGORIES) {
    const inCategory = items.filter((item) => item.category === category.id);
    if (inCategory.length === 0) continue;
    lines.push(`${category.title} (${inCategory.length}):`);
    if (category.compact) {
      lines.push(`  ${inCategory.map((item) => item.paper ?? item.path).join(", ")}`);
      continue;
    }
    for (const item of inCategory) {
      const where = [item.line === null ? null : `line ${item.line}`, item.paper].filter(Boolean).join(" ");
      lines.push(`  ${where ? `${where}: ` : ""}${item.message}`);
    }
  }
  return lines;
}

/** A draft's open review items as report lines, or null when the JSON is not a draft (no top-level `review`). */
export function openReview(json: unknown): { count: number; lines: string[] } | null {
  if (typeof json !== "object" || json === null || !("review" in json)) return null;
  const parsed = v.safeParse(v.array(reviewItemSchema), json.review);
  if (!parsed.success) return { count: 1, lines: ["the review list is not readable: look at it in the file"] };
  return { count: parsed.output.length, lines: formatReview(parsed.output) };
}
