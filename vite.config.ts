import { tanstackRouter } from "@tanstack/router-plugin/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The router plugin generates src/routeTree.gen.ts and must run before React's transform.
  plugins: [tanstackRouter({ target: "react", autoCodeSplitting: true }), react()],
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  build: { target: "es2022", sourcemap: true },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "data/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
  },
});
