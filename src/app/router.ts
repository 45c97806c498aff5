import { createRouter } from "@tanstack/react-router";
import { AppErrorPage } from "../components/app-error-page";
import { NotFoundPage } from "../components/not-found-page";
import { parseSearch, stringifySearch } from "../lib/url/search-codec";
import { routeTree } from "../routeTree.gen";

export const router = createRouter({
  routeTree,
  // The path the build is served under (BASE_PATH, Vite's `base`).
  basepath: import.meta.env.BASE_URL,
  parseSearch,
  stringifySearch,
  defaultErrorComponent: AppErrorPage,
  defaultNotFoundComponent: NotFoundPage,
  // The loading screen shows once a load takes a moment, and never holds back a fast one.
  defaultPendingMs: 150,
  defaultPendingMinMs: 0,
  scrollRestoration: true,
  // Unchanged search values keep their identity, so views derived from them are not recomputed.
  defaultStructuralSharing: true,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
