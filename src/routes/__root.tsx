import { createRootRoute } from "@tanstack/react-router";
import { AppLayout } from "../app/app-layout";
import { AppErrorPage } from "../components/app-error-page";
import { NotFoundPage } from "../components/not-found-page";
import { validateViewSearch } from "../lib/view-search/view-search";

// The view filters live on the root so every page (table, detail, stats) shares one bookmarkable state.
export const Route = createRootRoute({
  validateSearch: validateViewSearch,
  component: AppLayout,
  errorComponent: AppErrorPage,
  notFoundComponent: NotFoundPage,
});
