import { readFileSync } from "node:fs";
import { tanstackRouter } from "@tanstack/router-plugin/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { basePath } from "./deploy/base-path.ts";
import { dataFiles } from "./deploy/data-files.ts";
import { hostFiles } from "./deploy/host-files.ts";
import { pwa } from "./deploy/pwa.ts";
import { themeColor } from "./deploy/theme-color.ts";
import { devUrl } from "./scripts/dev/dev-url.ts";

const base = basePath(process.env.BASE_PATH);
/** The build's version: package.json's unless APP_VERSION names it (a commit, say). */
const version = process.env.APP_VERSION || JSON.parse(readFileSync("package.json", "utf8")).version;

export default defineConfig(async ({ command }) => ({
  base,
  // The router plugin generates src/routeTree.gen.ts and must run before React's transform.
  plugins: [
    tanstackRouter({
      target: "react",
      autoCodeSplitting: true,
      // The table is the landing page: its code comes with the app rather than after it.
      codeSplittingOptions: {
        splitBehavior: ({ routeId }) => (routeId === "/_explorer" || routeId === "/_explorer/" ? [] : undefined),
      },
    }),
    react(),
    hostFiles(base, version),
    dataFiles(),
    pwa(command === "build" ? await themeColor() : undefined),
    devUrl(),
  ],
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  // Source maps are shipped: docs/decisions/007-ship-source-maps.md.
  build: {
    target: "es2022",
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The app's first screen is one file, not forty: over HTTP/1.1 a browser fetches six at a
          // time, and the chain of small shared chunks delayed the first rows by about 300 ms. The
          // entry's own code (the dataset's early download and the preload helper) is a file of its
          // own, so the entry does not wait for the app's file to start the download. A group takes
          // its module's static imports with it; routes and menus loaded later stay their own files.
          groups: [
            { name: "prefetch", test: /prefetch-dataset\.ts$|preload-helper/, priority: 20 },
            { name: "start", test: /src[\\/]app[\\/]start\.tsx$/, priority: 10 },
          ],
        },
      },
    },
  },
  test: {
    // Pure logic runs in node; files that need a DOM opt in with `// @vitest-environment happy-dom`.
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "data/**/*.test.ts", "deploy/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    // The property tests run thousands of cases; on a machine shared with other builds they can take
    // longer than Vitest's 5 s default, which would make the suite fail on load, not on a defect.
    testTimeout: 20_000,
  },
}));
