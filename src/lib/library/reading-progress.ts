import { READING_STATUSES, type ReadingStatus } from "./library-entry";
import type { PlacedEntries } from "./library-positions";

export type ProgressKey = ReadingStatus | "none";
export const PROGRESS_KEYS: readonly ProgressKey[] = [...READING_STATUSES, "none"];

/** How many of the given papers (positions) are to read, being read, read, or have no status. */
export function readingProgress(rows: ArrayLike<number>, placed: PlacedEntries): Record<ProgressKey, number> {
  const statusAt = new Map<number, ReadingStatus>();
  placed.entries.forEach((entry, k) => {
    if (entry.status !== null) statusAt.set(placed.positions[k] as number, entry.status);
  });
  const counts: Record<ProgressKey, number> = { "to-read": 0, reading: 0, read: 0, none: 0 };
  for (let r = 0; r < rows.length; r++) counts[statusAt.get(rows[r] as number) ?? "none"]++;
  return counts;
}
