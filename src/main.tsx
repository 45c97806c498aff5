// The entry starts the dataset's download, then loads the app: the file and the app's code
// travel at the same time instead of one after the other.
import { prefetchDataset } from "./features/dataset-loading/prefetch-dataset";

prefetchDataset(window.location.search);
void import("./app/start");
