// Served by the build as its own file, so the app fetches it at runtime like any other dataset.
import bundledDatasetUrl from "../../../data/papers.json?url";

export const BUNDLED_DATASET = bundledDatasetUrl;
