import "@mantine/core/styles.css";
import { MantineProvider } from "@mantine/core";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { setupI18n } from "./app/i18n";
import { router } from "./app/router";
import { cssVariablesResolver, theme } from "./app/theme";
import { UpdatePrompt } from "./features/app-update/update-prompt";
import { DatasetLoadFailure } from "./features/dataset-loading/open-dataset";
import { colorSchemeManager } from "./features/preferences/color-scheme-manager";

setupI18n();

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
      <RouterProvider router={router} />
      <UpdatePrompt />
    </MantineProvider>
  </StrictMode>,
);
