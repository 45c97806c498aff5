// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { globalShortcut } from "./shortcut-keys";

function press(key: string, target: EventTarget | null = document.body, modifiers: Partial<KeyboardEvent> = {}) {
  return globalShortcut({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    defaultPrevented: false,
    isComposing: false,
    target,
    ...modifiers,
  });
}

describe("globalShortcut", () => {
  it("opens the palette with Ctrl+K or ⌘+K, even in a text field", () => {
    const input = document.createElement("input");
    expect(press("k", document.body, { ctrlKey: true })).toBe("palette");
    expect(press("K", input, { metaKey: true })).toBe("palette");
  });

  it("opens the palette with / and the help with ? outside text fields only", () => {
    expect(press("/")).toBe("palette");
    expect(press("?")).toBe("help");
    for (const tag of ["input", "textarea", "select"]) {
      expect(press("/", document.createElement(tag))).toBeNull();
      expect(press("?", document.createElement(tag))).toBeNull();
    }
    const editable = document.createElement("div");
    editable.setAttribute("contenteditable", "true");
    expect(press("?", editable)).toBeNull();
  });

  it("ignores other keys, modified keys, handled events and IME composition", () => {
    expect(press("k")).toBeNull();
    expect(press("/", document.body, { altKey: true })).toBeNull();
    expect(press("/", document.body, { ctrlKey: true })).toBeNull();
    expect(press("?", document.body, { defaultPrevented: true })).toBeNull();
    expect(press("k", document.body, { ctrlKey: true, isComposing: true })).toBeNull();
  });
});
