import * as v from "valibot";
import { digestSchema } from "../dataset/schema";

/** The longest name a view may have (after trimming). */
export const MAX_NAME_LENGTH = 100;

export const savedViewSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_NAME_LENGTH)),
  /** The view's query string, e.g. `?chapter=audio&q=speech`; revalidated by the router when opened. */
  search: v.pipe(v.string(), v.maxLength(4000)),
  createdAt: v.number(),
  /**
   * The newest digest of the view's dataset when the reader last saved or opened the view: papers
   * first listed after it are new to them. Views saved before it existed have none and show no count.
   */
  seenDigest: v.optional(digestSchema.entries.id),
});
export type SavedView = v.InferOutput<typeof savedViewSchema>;

/** The most saved views kept; the menu says so before it is reached. */
export const MAX_VIEWS = 200;

/** Keeps every entry that is still a valid saved view; drops the rest. */
export function salvageViews(data: unknown): SavedView[] | null {
  if (!Array.isArray(data)) return null;
  const views = data.flatMap((item) => {
    const parsed = v.safeParse(savedViewSchema, item);
    return parsed.success ? [parsed.output] : [];
  });
  return views.length > 0 ? views : null;
}

// Names that differ only in case or surrounding spaces could not be told apart in the list.
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export type NameProblem = "empty" | "too-long" | "taken";

/**
 * Why `name` cannot name a view among `views`, or null when it can. The view being renamed
 * (`renaming`, its id) does not count as taking the name: a view may keep its own name.
 */
export function nameProblem(views: readonly SavedView[], name: string, renaming?: string): NameProblem | null {
  const trimmed = name.trim();
  if (trimmed === "") return "empty";
  if (trimmed.length > MAX_NAME_LENGTH) return "too-long";
  return views.some((view) => view.id !== renaming && sameName(view.name, trimmed)) ? "taken" : null;
}

export function newViewId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Newest first. */
export function viewOrder(a: SavedView, b: SavedView): number {
  return b.createdAt - a.createdAt || a.id.localeCompare(b.id);
}

const sameView = (a: SavedView, b: SavedView) => a.name === b.name && a.search === b.search;

/** `name`, else `name (2)`, `name (3)`…: the first that no view among `views` has. */
function freeName(views: readonly SavedView[], name: string): string {
  if (nameProblem(views, name) === null) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.trim().slice(0, MAX_NAME_LENGTH - suffix.length)}${suffix}`;
    if (nameProblem(views, candidate) === null) return candidate;
  }
}

/**
 * Two tabs can give two views one name at the same moment, each checking only its own list. When
 * the view `id` shares its name with another, the one of the two with the greater id is returned
 * with a name of its own (`name (2)`…); null when no other view has its name. Each tab, seeing
 * the other's record arrive, picks the same view and the same name, so they write the same record.
 */
export function renamedApart(views: readonly SavedView[], id: string): SavedView | null {
  const view = views.find((x) => x.id === id);
  const other = view && views.find((x) => x.id !== id && sameName(x.name, view.name));
  if (!view || !other) return null;
  const later = view.id > other.id ? view : other;
  return {
    ...later,
    name: freeName(
      views.filter((x) => x.id !== later.id),
      later.name,
    ),
  };
}

/**
 * Views from a file that are not saved yet (same name and query), up to the limit: what to add,
 * and how many the limit left out. Each gets an id of its own here, and a name of its own when
 * another view has its name (names tell views apart in the list).
 */
export function viewsToAdd(
  here: readonly SavedView[],
  incoming: readonly SavedView[],
): { added: SavedView[]; skipped: number } {
  const added: SavedView[] = [];
  let skipped = 0;
  for (const view of incoming) {
    if ([...here, ...added].some((known) => sameView(known, view))) continue;
    if (here.length + added.length >= MAX_VIEWS) {
      skipped++;
      continue;
    }
    added.push({ ...view, id: newViewId(), name: freeName([...here, ...added], view.name) });
  }
  return { added, skipped };
}
