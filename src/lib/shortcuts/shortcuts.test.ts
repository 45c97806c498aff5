import { describe, expect, it } from "vitest";
import { en, zh } from "./i18n";
import { hotkeysOf, isKnownChord } from "./keys";
import { SCOPE_ORDER, SCOPES, SHORTCUTS, type Shortcut, shortcutLines } from "./shortcuts";

/** Every key press a shortcut answers, as Mantine matches it ("shift+/", "mod+k"). */
const pressesOf = (shortcut: Shortcut) => shortcut.keys.flatMap(hotkeysOf).map((hotkey) => hotkey.toLowerCase());

describe("the shortcut registry", () => {
  it("has unique ids and only keys it knows how to match and show", () => {
    expect(new Set(SHORTCUTS.map((shortcut) => shortcut.id)).size).toBe(SHORTCUTS.length);
    for (const shortcut of SHORTCUTS) {
      expect(shortcut.keys.length).toBeGreaterThan(0);
      for (const chord of shortcut.keys) expect(isKnownChord(chord), `${shortcut.id}: ${chord}`).toBe(true);
    }
  });

  it("never gives one key press two actions where both could run", () => {
    // Page-wide scopes all listen at once; a widget's keys only compete with each other.
    const arenas = [
      SHORTCUTS.filter((shortcut) => SCOPES[shortcut.scope] === "document"),
      ...SCOPE_ORDER.filter((scope) => SCOPES[scope] === "widget").map((scope) =>
        SHORTCUTS.filter((shortcut) => shortcut.scope === scope),
      ),
    ];
    for (const arena of arenas) {
      const presses = arena.flatMap(pressesOf);
      expect(presses.filter((press, i) => presses.indexOf(press) !== i)).toEqual([]);
    }
  });

  it("labels every shortcut in English and Chinese", () => {
    for (const shortcut of SHORTCUTS) {
      expect(en.labels[shortcut.label]).not.toBe("");
      expect(zh.labels[shortcut.label]).not.toBe("");
    }
    for (const scope of SCOPE_ORDER) expect(zh.scopes[scope]).not.toBe("");
  });
});

describe("shortcutLines", () => {
  it("puts neighbours with the same label on one line, keys in registry order", () => {
    expect(shortcutLines("table").slice(0, 3)).toEqual([
      { scope: "table", label: "moveRow", keys: ["ArrowUp", "ArrowDown"] },
      { scope: "table", label: "pageRows", keys: ["PageUp", "PageDown"] },
      { scope: "table", label: "firstLastRow", keys: ["Home", "End"] },
    ]);
    expect(shortcutLines("pane").map((line) => line.keys)).toEqual([
      ["j", "ArrowRight"],
      ["k", "ArrowLeft"],
      ["Escape"],
      ["s"],
      ["r"],
    ]);
  });

  it("lists every shortcut exactly once across the lines of its scope", () => {
    for (const scope of SCOPE_ORDER) {
      const listed = shortcutLines(scope).flatMap((line) => line.keys);
      const declared = SHORTCUTS.filter((shortcut) => shortcut.scope === scope).flatMap((shortcut) => shortcut.keys);
      expect(listed).toEqual(declared);
    }
  });
});
