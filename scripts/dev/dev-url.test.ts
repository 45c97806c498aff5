import { describe, expect, it } from "vitest";
import { canOpenBrowser } from "./dev-url";

describe("canOpenBrowser", () => {
  it("needs a graphical session on Linux", () => {
    expect(canOpenBrowser({}, "linux")).toBe(false);
    expect(canOpenBrowser({ DISPLAY: ":0" }, "linux")).toBe(true);
    expect(canOpenBrowser({ WAYLAND_DISPLAY: "wayland-0" }, "linux")).toBe(true);
  });

  it("trusts other systems, unless BROWSER=none", () => {
    expect(canOpenBrowser({}, "darwin")).toBe(true);
    expect(canOpenBrowser({ BROWSER: "none" }, "win32")).toBe(false);
  });
});
