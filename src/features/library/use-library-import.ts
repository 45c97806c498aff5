import { useState } from "react";
import type { ImportProblem } from "../../lib/library/file-kind";
import { MAX_IMPORT_BYTES } from "../../lib/library/file-kind";
import type { LibraryEntry } from "../../lib/library/library-entry";
import { libraryFromFile } from "../../lib/library/library-file";
import { useLibrary } from "../../lib/library/library-store";
import { mergeLibrary } from "../../lib/library/merge-library";
import type { SavedView } from "../../lib/saved-views/saved-views";
import { viewsToAdd } from "../../lib/saved-views/saved-views";
import { useSavedViews } from "../../lib/saved-views/saved-views-store";
import type { ImportPlan } from "./import-preview";

/**
 * Reading a library file into a plan (what importing it would change), then applying it. The plan
 * is computed against the library as it is; applying merges again against the library as it is
 * then, so an edit in another tab in between is kept.
 */
export function useLibraryImport() {
  const [pending, setPending] = useState<{ plan: ImportPlan; entries: LibraryEntry[]; views: SavedView[] } | null>(
    null,
  );
  const read = async (file: File): Promise<ImportProblem | null> => {
    if (file.size > MAX_IMPORT_BYTES) return { kind: "too-large", megabytes: Math.round(file.size / 1e6) };
    const result = libraryFromFile(await file.text());
    if (!result.ok) return result.problem;
    const { summary } = mergeLibrary(useLibrary.getState().records, result.entries);
    const { added, skipped } = viewsToAdd(useSavedViews.getState().views, result.views);
    setPending({
      plan: {
        fileName: file.name,
        papers: result.entries.length,
        views: result.views.length,
        summary,
        viewsAdded: added.length,
        viewsSkipped: skipped,
        unreadable: result.unreadable,
      },
      entries: result.entries,
      views: result.views,
    });
    return null;
  };
  const apply = () => {
    if (!pending) return;
    useLibrary.getState().importEntries((here) => mergeLibrary(here, pending.entries).entries);
    useSavedViews.getState().merge(pending.views);
    setPending(null);
  };
  return { plan: pending?.plan ?? null, read, apply, cancel: () => setPending(null) };
}
