import { describe, expect, it } from "vitest";
import { basePath } from "./base-path";

describe("basePath", () => {
  it("defaults to the site root", () => {
    expect(basePath(undefined)).toBe("/");
    expect(basePath("")).toBe("/");
    expect(basePath("/")).toBe("/");
  });

  it("gives every spelling of a sub-path one form, with leading and trailing slashes", () => {
    for (const spelling of [
      "paper-explorer",
      "/paper-explorer",
      "paper-explorer/",
      "/paper-explorer/",
      "//paper-explorer//",
    ])
      expect(basePath(spelling)).toBe("/paper-explorer/");
    expect(basePath("/a/b.c")).toBe("/a/b.c/");
  });

  it("refuses what a host or the router would read differently", () => {
    for (const bad of ["/a b/", "/../x/", "/./", "/é/", "/a?b/", "/a#b/", "/%2e%2e/"])
      expect(() => basePath(bad)).toThrow(/BASE_PATH/);
  });
});
