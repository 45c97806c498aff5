import { createRootRoute, type ErrorComponentProps, retainSearchParams } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { AppFrame, AppLayout } from "../app/app-layout";
import { AppErrorPage } from "../components/app-error-page";
import { NotFoundPage } from "../components/not-found-page";
import { DatasetLoadingPage } from "../features/dataset-loading/dataset-loading-page";
import { DatasetLoadFailure, loadDatasetForUrl } from "../features/dataset-loading/open-dataset";
import { pickRawView, VIEW_PARAMS, viewOf } from "../lib/view/view";

// Shown only when a dataset cannot be opened: its code (a file picker among it) loads then.
const DatasetFailurePage = lazy(() =>
  import("../features/dataset-loading/dataset-failure-page").then((module) => ({
    default: module.DatasetFailurePage,
  })),
);

// The view (filters, search, sort, dataset) lives on the root so every page shares one
// bookmarkable state. The route keeps the URL's raw strings; `viewOf` decodes them once per URL.
export const Route = createRootRoute({
  validateSearch: pickRawView,
  search: { middlewares: [retainSearchParams([...VIEW_PARAMS])] },
  loaderDeps: ({ search }) => ({ dataset: viewOf(search).view.dataset }),
  // The digests the view names are fetched first; a change of them alone does not load again.
  loader: ({ deps, abortController, location }) =>
    loadDatasetForUrl(deps.dataset, abortController.signal, viewOf(pickRawView(location.search)).view.filters.digest),
  // The dataset changes only when the URL names another one (or a file is opened).
  staleTime: Number.POSITIVE_INFINITY,
  pendingComponent: RootPending,
  errorComponent: RootError,
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

function RootPending() {
  return (
    <AppFrame>
      <DatasetLoadingPage />
    </AppFrame>
  );
}

function RootError(props: ErrorComponentProps) {
  return (
    <AppFrame>
      {props.error instanceof DatasetLoadFailure ? (
        <Suspense fallback={null}>
          <DatasetFailurePage failure={props.error.failure} fromDisk={props.error.fromDisk} />
        </Suspense>
      ) : (
        <AppErrorPage {...props} />
      )}
    </AppFrame>
  );
}
