// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useAfterPaint, usePainted } from "./use-after-paint";

// The browser's frames, run by hand: the test says when a frame is painted.
let frames = new Map<number, FrameRequestCallback>();
let lastId = 0;

/** Paints a frame, then lets the tasks queued behind it run. */
async function paintFrame() {
  await act(async () => {
    const due = [...frames.values()];
    frames = new Map();
    for (const run of due) run(performance.now());
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

beforeEach(() => {
  vi.stubGlobal("requestAnimationFrame", (run: FrameRequestCallback) => frames.set(++lastId, run) && lastId);
  vi.stubGlobal("cancelAnimationFrame", (id: number) => frames.delete(id));
});

afterEach(() => {
  vi.unstubAllGlobals();
  frames = new Map();
});

describe("useAfterPaint", () => {
  it("returns the first value at once", () => {
    const { result } = renderHook(() => useAfterPaint("first"));
    expect(result.current).toBe("first");
  });

  it("keeps the old value until the next frame is painted, then takes the new one", async () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: 1 } });
    rerender({ value: 2 });
    expect(result.current).toBe(1);
    // However long the page waits, nothing changes before a frame.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current).toBe(1);
    await paintFrame();
    expect(result.current).toBe(2);
  });

  it("goes straight to the newest value when several arrive before a frame", async () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: "a" } });
    rerender({ value: "b" });
    rerender({ value: "c" });
    await paintFrame();
    expect(result.current).toBe("c");
    // Nothing else is waiting: the value settles on the newest.
    expect(frames.size).toBe(0);
  });
});

describe("usePainted", () => {
  it("is false in the first render and true once that frame is painted, without waiting for idle", async () => {
    const { result } = renderHook(() => usePainted());
    expect(result.current).toBe(false);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current).toBe(false);
    await paintFrame();
    expect(result.current).toBe(true);
  });
});
