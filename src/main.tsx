import "@mantine/core/styles.css";
import { MantineProvider } from "@mantine/core";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { setupI18n } from "./app/i18n";
import { router } from "./app/router";
import { cssVariablesResolver, theme } from "./app/theme";
import { colorSchemeManager } from "./features/preferences/color-scheme-manager";
import { captureTypedAddress } from "./lib/view-search/typed-address";

setupI18n();
// Before the router mounts and rewrites the address to its validated form.
captureTypedAddress(window.location.search);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager()}
    >
      <RouterProvider router={router} />
    </MantineProvider>
  </StrictMode>,
);
