import { describe, expect, it } from "vitest";
import { ariaChord, hotkeysOf, isKnownChord, platformOf, shownKeys } from "./keys";

describe("shownKeys", () => {
  it("writes mod as ⌘ on Apple devices and Ctrl elsewhere, with the letter as on the keycap", () => {
    expect(shownKeys("mod+K", "apple")).toEqual(["⌘", "K"]);
    expect(shownKeys("mod+K", "other")).toEqual(["Ctrl", "K"]);
  });

  it("keeps a lone letter lower case and names the other keys by symbol", () => {
    expect(shownKeys("j", "other")).toEqual(["j"]);
    expect(shownKeys("ArrowRight", "apple")).toEqual(["→"]);
    expect(shownKeys("ArrowUp", "other")).toEqual(["↑"]);
    expect(shownKeys("Escape", "other")).toEqual(["Esc"]);
    expect(shownKeys("Space", "other")).toEqual(["Space"]);
    expect(shownKeys("?", "apple")).toEqual(["?"]);
  });
});

describe("ariaChord", () => {
  it("gives both spellings of mod and UI Events key names", () => {
    expect(ariaChord("mod+K")).toBe("Meta+K Control+K");
    expect(ariaChord("ArrowRight")).toBe("ArrowRight");
    expect(ariaChord("Escape")).toBe("Escape");
    expect(ariaChord("j")).toBe("j");
    expect(ariaChord("/")).toBe("/");
  });
});

describe("hotkeysOf", () => {
  it("lets a symbol match with or without Shift, and nothing else", () => {
    expect(hotkeysOf("/")).toEqual(["/", "shift+/"]);
    expect(hotkeysOf("?")).toEqual(["?", "shift+?"]);
    expect(hotkeysOf("j")).toEqual(["j"]);
    expect(hotkeysOf("mod+K")).toEqual(["mod+K"]);
    expect(hotkeysOf("ArrowUp")).toEqual(["ArrowUp"]);
  });
});

describe("isKnownChord", () => {
  it("accepts letters, digits, symbols and named keys with known modifiers only", () => {
    for (const chord of ["j", "7", "?", "mod+K", "shift+Enter", "alt+ArrowUp"]) expect(isKnownChord(chord)).toBe(true);
    for (const chord of ["Foo", "mod+Foo", "hyper+K", "ArrowUpp", ""]) expect(isKnownChord(chord)).toBe(false);
  });
});

describe("platformOf", () => {
  it("groups macOS and iOS as Apple", () => {
    expect(platformOf("macos")).toBe("apple");
    expect(platformOf("ios")).toBe("apple");
    expect(platformOf("windows")).toBe("other");
    expect(platformOf("linux")).toBe("other");
  });
});
