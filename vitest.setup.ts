import { afterEach } from "vitest";

// Unit tests run in node. A file that needs a DOM (components, keyboard events, localStorage) starts
// with `// @vitest-environment happy-dom`, and only such a file gets the DOM matchers and clean-up.
if (typeof document !== "undefined") {
  await import("@testing-library/jest-dom/vitest");
  const { cleanup } = await import("@testing-library/react");
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });
}
