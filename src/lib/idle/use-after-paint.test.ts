// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useAfterPaint } from "./use-after-paint";

// The browser's frame and idle queues, run by hand: the test says when a frame is painted.
let frames = new Map<number, FrameRequestCallback>();
let idles = new Map<number, IdleRequestCallback>();
let lastId = 0;

function paintFrame() {
  const due = [...frames.values()];
  frames = new Map();
  for (const run of due) run(performance.now());
}

function goIdle() {
  const due = [...idles.values()];
  idles = new Map();
  act(() => {
    for (const run of due) run({ didTimeout: false, timeRemaining: () => 10 });
  });
}

beforeEach(() => {
  vi.stubGlobal("requestAnimationFrame", (run: FrameRequestCallback) => frames.set(++lastId, run) && lastId);
  vi.stubGlobal("cancelAnimationFrame", (id: number) => frames.delete(id));
  vi.stubGlobal("requestIdleCallback", (run: IdleRequestCallback) => idles.set(++lastId, run) && lastId);
  vi.stubGlobal("cancelIdleCallback", (id: number) => idles.delete(id));
});

afterEach(() => {
  vi.unstubAllGlobals();
  frames = new Map();
  idles = new Map();
});

describe("useAfterPaint", () => {
  it("returns the first value at once", () => {
    const { result } = renderHook(() => useAfterPaint("first"));
    expect(result.current).toBe("first");
  });

  it("keeps the old value until the frame is painted and the page is idle", () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: 1 } });
    rerender({ value: 2 });
    expect(result.current).toBe(1);
    paintFrame();
    expect(result.current).toBe(1);
    goIdle();
    expect(result.current).toBe(2);
  });

  it("goes straight to the newest value when several arrive before a frame", () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: "a" } });
    rerender({ value: "b" });
    rerender({ value: "c" });
    paintFrame();
    goIdle();
    expect(result.current).toBe("c");
    // Nothing else is waiting: the value settles on the newest.
    paintFrame();
    goIdle();
    expect(result.current).toBe("c");
  });
});
