import { useMemo } from "react";
import { useDatasetStore } from "../dataset/dataset-store";
import { withLibrary } from "../filters/library-filter-index";
import { placeEntries } from "../library/library-positions";
import { useLibrary } from "../library/library-store";
import { noteHits, withNoteHits } from "../library/note-search";
import { answerQuery } from "../search/search-store";
import { useSearchIndex } from "../search/use-search-answer";
import { parseSearch } from "../url/search-codec";
import { useView } from "../view/use-view";
import { decodeView, pickRawView } from "../view/view";
import { countNewSince, newestDigest } from "./new-since";
import type { SavedView } from "./saved-views";

/**
 * How many papers are new in each saved view since the reader last saved or opened it, by view id.
 * Only views of the open dataset are counted (a view names its dataset in its query; another
 * dataset's papers are not loaded), and only views that recorded what the reader had seen.
 */
export function useNewSince(views: readonly SavedView[]): ReadonlyMap<string, number> {
  const loaded = useDatasetStore((state) => state.loaded);
  const openDataset = useView((view) => view.dataset);
  const library = useLibrary((state) => state.library);
  const searchIndex = useSearchIndex();
  return useMemo(() => {
    const counts = new Map<string, number>();
    if (!loaded || loaded.fromDisk) return counts;
    const { dataset, indexes } = loaded;
    const newest = newestDigest(dataset);
    for (const saved of views) {
      if (saved.seenDigest === undefined || saved.seenDigest >= newest) continue;
      const { view } = decodeView(pickRawView(parseSearch(saved.search)));
      if (view.dataset !== openDataset) continue;
      // Search text needs the index; until it is ready the count is not known yet.
      if (view.q && !searchIndex) continue;
      const found = view.q && searchIndex ? answerQuery(searchIndex, view.q) : null;
      const answer =
        found && library.entries.size > 0
          ? withNoteHits(found, noteHits(placeEntries(library, dataset, indexes), view.q))
          : found;
      const index = withLibrary(indexes.filters, dataset, indexes, library, view.filters);
      const count = countNewSince(dataset, indexes, index, view, answer, saved.seenDigest);
      if (count > 0) counts.set(saved.id, count);
    }
    return counts;
  }, [loaded, openDataset, library, searchIndex, views]);
}
