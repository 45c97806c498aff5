import { defineConfig } from "vitest/config";
import { TEST_TIMEOUT } from "./tests/e2e/support/timeouts";

// Browser tests: Node drives Debian's Chromium with playwright-core against the production build.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.spec.ts"],
    environment: "node",
    globalSetup: ["./tests/e2e/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: TEST_TIMEOUT,
    hookTimeout: 120_000,
  },
});
