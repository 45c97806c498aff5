import type { PreviewServer } from "vite";
import { preview } from "vite";
import type { TestProject } from "vitest/node";
import { findChromium } from "../../../scripts/find-chromium.mjs";
import { buildApp } from "./build-app";
import { networkLab } from "./network-lab";
import { writeTestDatasets } from "./test-datasets";

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  const chromium = findChromium();
  // A separate output folder lets several test runs share one working tree.
  const outDir = process.env.E2E_DIST ?? "dist";
  // At the site root, whatever BASE_PATH the shell has; the sub-path build is deploy.spec.ts's own.
  buildApp(outDir, { BASE_PATH: "/" });
  // Written before the server starts: it lists the files it serves once.
  writeTestDatasets(`${outDir}/test-data`);
  server = await preview({
    base: "/",
    plugins: [networkLab(`${outDir}/test-data`)],
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
    logLevel: "warn",
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a local URL");
  project.provide("baseUrl", url.replace(/\/$/, ""));
  project.provide("chromiumPath", chromium);
  project.provide("distDir", outDir);
}

export async function teardown() {
  await server?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    /** The folder the preview server serves (E2E_DIST, default dist). */
    distDir: string;
  }
}
