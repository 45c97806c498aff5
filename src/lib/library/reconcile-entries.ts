import { LIBRARY_FIELDS, type LibraryEntry, sameValue } from "./library-entry";

/**
 * Two versions of the same paper's entry (this tab's and another tab's) as one: each field from
 * whichever side changed it last. Every tab that reconciles the same two versions gets the same
 * result, so tabs converge however their writes interleave. Returns `theirs` itself when it
 * already holds everything, so the caller knows there is nothing to write back.
 */
export function reconcileEntries(ours: LibraryEntry, theirs: LibraryEntry): LibraryEntry {
  let result = theirs;
  for (const field of LIBRARY_FIELDS) {
    const mine = ours.changed[field];
    const other = theirs.changed[field];
    if (sameValue(field, ours, theirs)) {
      if (mine > other) result = { ...result, changed: { ...result.changed, [field]: mine } };
      continue;
    }
    // A tie between different values (the same millisecond in two tabs) is broken the same way everywhere.
    const oursWins = mine > other || (mine === other && JSON.stringify(ours[field]) > JSON.stringify(theirs[field]));
    if (oursWins) result = { ...result, [field]: ours[field], changed: { ...result.changed, [field]: mine } };
  }
  return result;
}
