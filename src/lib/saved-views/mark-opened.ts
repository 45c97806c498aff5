import type { useRouter } from "@tanstack/react-router";
import { type LoadedDataset, useDatasetStore } from "../dataset/dataset-store";
import { parseSearch } from "../url/search-codec";
import { decodeView, pickRawView } from "../view/view";
import { newestDigest } from "./new-since";
import { type SavedView, useSavedViews } from "./saved-views-store";

type Router = ReturnType<typeof useRouter>;

function datasetOf(search: Record<string, unknown>): string | null {
  return decodeView(pickRawView(search)).view.dataset;
}

function markSeenOn(saved: SavedView, loaded: LoadedDataset | null): void {
  // A file from disk is not the dataset the view names; it says nothing about what is new there.
  if (loaded && !loaded.fromDisk) useSavedViews.getState().markSeen(saved.id, newestDigest(loaded.dataset));
}

/**
 * Records that the reader opened a saved view, as the navigation to it starts: once the dataset
 * the view names is open, the reader has seen the view up to that dataset's newest digest.
 */
export function markOpened(saved: SavedView, router: Router): void {
  const target = datasetOf(parseSearch(saved.search));
  const before = useDatasetStore.getState().loaded;
  if (datasetOf(router.state.location.search) === target) {
    markSeenOn(saved, before);
    return;
  }
  // Another dataset: wait for the navigation, and so the loading, to finish.
  const stop = router.subscribe("onResolved", () => {
    stop();
    const loaded = useDatasetStore.getState().loaded;
    const arrived = datasetOf(router.state.location.search) === target;
    if (arrived && (loaded !== before || loaded?.source === target)) markSeenOn(saved, loaded);
  });
}
