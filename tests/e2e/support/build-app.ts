import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * A production build into `outDir`, with extra environment (BASE_PATH, APP_VERSION). With
 * E2E_SKIP_BUILD=1 an existing build is reused.
 */
export function buildApp(outDir: string, env: Record<string, string> = {}): void {
  if (process.env.E2E_SKIP_BUILD === "1" && existsSync(join(outDir, "index.html"))) return;
  // Vitest sets NODE_ENV=test, which would give a development build of React; test the real one.
  execFileSync("npx", ["vite", "build", "--logLevel", "warn", "--outDir", outDir, "--emptyOutDir"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", ...env },
  });
}
