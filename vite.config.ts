import { tanstackRouter } from "@tanstack/router-plugin/vite";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/**
 * The built page's Content-Security-Policy: scripts, workers and data only from this origin, no
 * inline script or eval. Inline styles are allowed because Mantine and the charts set style
 * attributes and CSS-variable <style> tags. Build only: the dev server injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
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
    contentSecurityPolicy(),
  ],
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  build: { target: "es2022", sourcemap: true },
  test: {
    // Pure logic runs in node; files that need a DOM opt in with `// @vitest-environment happy-dom`.
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "data/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    // The property tests run thousands of cases; on a machine shared with other builds they can take
    // longer than Vitest's 5 s default, which would make the suite fail on load, not on a defect.
    testTimeout: 20_000,
  },
});
