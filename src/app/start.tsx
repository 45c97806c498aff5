import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import { MantineProvider } from "@mantine/core";
import { RouterProvider } from "@tanstack/react-router";
import { lazy, type ReactNode, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { DatasetLoadFailure } from "../features/dataset-loading/open-dataset";
import { colorSchemeManager } from "../features/preferences/color-scheme-manager";
import { useDatasetStore } from "../lib/dataset/dataset-store";
import { useIdle } from "../lib/idle/use-idle";
import { whenIdle } from "../lib/idle/when-idle";
import { prepareCountryNames } from "../lib/labels/labels";
import { toLanguage } from "../lib/locale/locale";
import { warmSearchWorker } from "../lib/search/search-store";
import { setupI18n } from "./i18n";
import { router } from "./router";
import { cssVariablesResolver, theme } from "./theme";

const i18n = setupI18n();
// The worker's code loads while the dataset downloads, so indexing starts the moment it arrives.
warmSearchWorker();
// Country names (only the facet panel, drawn after the rows, shows them) are prepared in the first
// idle moment: during a long download, or after the rows are painted when the file was there first.
whenIdle(() => prepareCountryNames(toLanguage(i18n.language)), 1000);

// The service worker registers once the first dataset is shown (its update prompt is rarely shown).
const UpdatePrompt = lazy(() =>
  import("../features/app-update/update-prompt").then((module) => ({ default: module.UpdatePrompt })),
);
// Toasts are never needed for the first paint: their container loads after it. One shown
// before it arrives waits in the notifications store.
const Notifications = lazy(() =>
  import("@mantine/notifications").then((module) => ({ default: module.Notifications })),
);

/** What the first rows can do without: its code loads once they are painted (requesting it costs their frame). */
function AfterFirstPaint({ children }: { children: ReactNode }) {
  return useIdle() ? children : null;
}

/**
 * What must not compete with a dataset's download and reading: the service worker's first install
 * downloads the whole app again (75 files). While 100,000 papers loaded, it cost their first rows 0.75 s.
 */
function AfterDatasetOpens({ children }: { children: ReactNode }) {
  const opening = useDatasetStore((state) => state.loading !== null);
  return useIdle(false, opening) ? children : null;
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root, {
  // A dataset that cannot be opened is explained on the page; it is not a bug to report.
  onCaughtError: (error, info) => {
    if (!(error instanceof DatasetLoadFailure)) console.error(error, info.componentStack);
  },
}).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager()}
    >
      {/* Confirmations such as "Link copied"; top right, clear of the compare tray at the bottom. */}
      <AfterFirstPaint>
        <Suspense fallback={null}>
          <Notifications position="top-right" />
        </Suspense>
      </AfterFirstPaint>
      <RouterProvider router={router} />
      <AfterDatasetOpens>
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      </AfterDatasetOpens>
    </MantineProvider>
  </StrictMode>,
);
