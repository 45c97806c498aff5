// @vitest-environment happy-dom
import { renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { shortcutHandler } from "./shortcut-handler";
import { useShortcuts } from "./use-shortcuts";

function keydown(key: string, init: KeyboardEventInit = {}) {
  return new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
}

function tableHandlers() {
  return {
    previousRow: vi.fn(),
    nextRow: vi.fn(),
    pageUp: vi.fn(),
    pageDown: vi.fn(),
    firstRow: vi.fn(),
    lastRow: vi.fn(),
    openRow: vi.fn(),
    selectRow: vi.fn(),
  };
}

describe("shortcutHandler (a widget's keys)", () => {
  it("runs the action the registry gives a key and takes the key from the page", () => {
    const handlers = tableHandlers();
    const handle = shortcutHandler("table", handlers);
    const cases = [
      ["ArrowDown", handlers.nextRow],
      ["ArrowUp", handlers.previousRow],
      ["PageDown", handlers.pageDown],
      ["Home", handlers.firstRow],
      ["End", handlers.lastRow],
      ["Enter", handlers.openRow],
      [" ", handlers.selectRow],
    ] as const;
    for (const [key, handler] of cases) {
      const event = keydown(key);
      handle(event);
      expect(handler, key).toHaveBeenCalledTimes(1);
      expect(event.defaultPrevented).toBe(true);
    }
  });

  it("leaves other keys and modified keys alone", () => {
    const handlers = tableHandlers();
    const handle = shortcutHandler("table", handlers);
    const events = [keydown("x"), keydown("ArrowDown", { shiftKey: true }), keydown("Enter", { ctrlKey: true })];
    for (const event of events) handle(event);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    expect(events.some((event) => event.defaultPrevented)).toBe(false);
  });

  it("does not choose a result while an IME is composing", () => {
    const chooseResult = vi.fn();
    const handle = shortcutHandler("palette", { previousResult: null, nextResult: null, chooseResult, close: null });
    handle(keydown("Enter", { isComposing: true }));
    expect(chooseResult).not.toHaveBeenCalled();
    handle(keydown("Enter"));
    expect(chooseResult).toHaveBeenCalledTimes(1);
  });

  it("lets a key through when its action does nothing here", () => {
    const handle = shortcutHandler("palette", {
      previousResult: null,
      nextResult: null,
      chooseResult: null,
      close: null,
    });
    const event = keydown("ArrowDown");
    handle(event);
    expect(event.defaultPrevented).toBe(false);
  });
});

describe("useShortcuts (page-wide keys)", () => {
  function dispatch(target: Element, event: KeyboardEvent) {
    target.dispatchEvent(event);
    return event;
  }

  it("opens quick find with Ctrl+K or ⌘+K anywhere, and with / or ? only outside fields", () => {
    const togglePalette = vi.fn();
    const showHelp = vi.fn();
    const { unmount } = renderHook(() => useShortcuts("global", { togglePalette, showHelp }));
    const input = document.body.appendChild(document.createElement("input"));

    dispatch(input, keydown("k", { ctrlKey: true }));
    dispatch(document.body, keydown("k", { metaKey: true }));
    expect(togglePalette).toHaveBeenCalledTimes(2);
    // "?" needs Shift on most layouts, "/" on some.
    dispatch(document.body, keydown("?", { shiftKey: true }));
    dispatch(document.body, keydown("/"));
    dispatch(document.body, keydown("/", { shiftKey: true }));
    expect(showHelp).toHaveBeenCalledTimes(1);
    expect(togglePalette).toHaveBeenCalledTimes(4);

    const typed = [dispatch(input, keydown("/")), dispatch(input, keydown("?", { shiftKey: true }))];
    dispatch(document.body, keydown("k"));
    dispatch(document.body, keydown("/", { altKey: true }));
    expect(typed.some((event) => event.defaultPrevented)).toBe(false);
    expect(togglePalette).toHaveBeenCalledTimes(4);
    expect(showHelp).toHaveBeenCalledTimes(1);
    unmount();
    dispatch(document.body, keydown("?"));
    expect(showHelp).toHaveBeenCalledTimes(1);
  });

  it("steps and closes the open paper with j, k, the side arrows and Escape, never with a modifier", () => {
    const handlers = { next: vi.fn(), previous: vi.fn(), close: vi.fn(), star: vi.fn(), status: vi.fn() };
    renderHook(() => useShortcuts("pane", handlers));
    for (const key of ["j", "ArrowRight"]) dispatch(document.body, keydown(key));
    for (const key of ["k", "ArrowLeft"]) dispatch(document.body, keydown(key));
    dispatch(document.body, keydown("Escape"));
    expect([handlers.next, handlers.previous, handlers.close].map((f) => f.mock.calls.length)).toEqual([2, 2, 1]);

    dispatch(document.body, keydown("J", { shiftKey: true }));
    dispatch(document.body, keydown("ArrowRight", { ctrlKey: true }));
    dispatch(document.body, keydown("j", { altKey: true }));
    dispatch(document.body, keydown("ArrowDown"));
    const menu = document.body.appendChild(document.createElement("div"));
    menu.setAttribute("role", "menu");
    dispatch(menu.appendChild(document.createElement("button")), keydown("Escape"));
    expect([handlers.next, handlers.previous, handlers.close].map((f) => f.mock.calls.length)).toEqual([2, 2, 1]);
  });

  it("stars the open paper with s and steps its reading status with r", () => {
    const handlers = { next: vi.fn(), previous: vi.fn(), close: vi.fn(), star: vi.fn(), status: vi.fn() };
    renderHook(() => useShortcuts("pane", handlers));
    dispatch(document.body, keydown("s"));
    dispatch(document.body, keydown("r"));
    dispatch(document.body, keydown("r"));
    dispatch(document.body, keydown("s", { ctrlKey: true }));
    expect([handlers.star, handlers.status].map((f) => f.mock.calls.length)).toEqual([1, 2]);
  });

  it("lets a key through when its action does nothing now", () => {
    renderHook(() => useShortcuts("pane", { next: null, previous: null, close: vi.fn(), star: null, status: null }));
    expect(dispatch(document.body, keydown("j")).defaultPrevented).toBe(false);
  });
});
