import * as v from "valibot";
import { type SavedView, salvageViews } from "../../lib/saved-views/saved-views-store";

const FORMAT = "paper-explorer/saved-views";
const fileSchema = v.object({ format: v.literal(FORMAT), version: v.literal(1), views: v.array(v.unknown()) });

export function viewsToFile(views: SavedView[]): string {
  return `${JSON.stringify({ format: FORMAT, version: 1, views }, null, 2)}\n`;
}

/** Reads an exported file; keeps each valid view and drops the rest. Never throws. */
export function viewsFromFile(text: string): { ok: true; views: SavedView[] } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const parsed = v.safeParse(fileSchema, json);
  if (!parsed.success) return { ok: false, reason: parsed.issues[0]?.message ?? "unknown format" };
  return { ok: true, views: salvageViews(parsed.output.views) ?? [] };
}
