// @vitest-environment happy-dom
import type { AnyRouter } from "@tanstack/react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushView, shownView, showView, TYPING_PAUSE_MS, usePendingView } from "./pending-view";
import { EMPTY_VIEW, type View } from "./view";

function fakeRouter() {
  const writes: { search: unknown; replace: boolean }[] = [];
  const router = {
    navigate: vi.fn((options: { search: (prev: object) => unknown; replace: boolean }) => {
      writes.push({ search: options.search({}), replace: options.replace });
      return Promise.resolve();
    }),
    history: { subscribe: () => () => {} },
  };
  return { router: router as unknown as AnyRouter, writes };
}

describe("shownView", () => {
  it("shows the pending view over the URL's, and keeps it when the URL catches up", () => {
    const url: View = { ...EMPTY_VIEW, q: "dif" };
    const typed = shownView(url, { ...url, q: "diffusion" });
    expect(typed.q).toBe("diffusion");
    expect(typed.filters).toBe(url.filters);
    // The URL now holds the same view: the same object, so nothing re-renders.
    expect(shownView({ ...url, q: "diffusion" }, null)).toBe(typed);
  });
});

describe("showView", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    usePendingView.setState({ view: null });
  });

  it("shows a change at once and writes typing to the URL once, when it pauses", async () => {
    const { router, writes } = fakeRouter();
    showView(router, { ...EMPTY_VIEW, q: "d" }, { replace: false, timing: "pause" });
    showView(router, { ...EMPTY_VIEW, q: "di" }, { replace: true, timing: "pause" });
    expect(usePendingView.getState().view?.q).toBe("di");
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS);
    // One write, a new history entry because the first keystroke asked for one.
    expect(writes).toEqual([{ search: expect.objectContaining({ q: "di" }), replace: false }]);
    expect(usePendingView.getState().view).toBeNull();
  });

  it("writes waiting typing before a click's change, so each keeps its own history entry", async () => {
    const { router, writes } = fakeRouter();
    showView(router, { ...EMPTY_VIEW, q: "speech" }, { replace: false, timing: "pause" });
    showView(router, { ...EMPTY_VIEW, q: "speech", group: "chapter" }, { replace: false, timing: "frame" });
    expect(writes.map((w) => w.search)).toEqual([expect.objectContaining({ q: "speech", group: undefined })]);
    await vi.advanceTimersByTimeAsync(50);
    expect(writes.map((w) => w.search)).toEqual([
      expect.objectContaining({ q: "speech", group: undefined }),
      expect.objectContaining({ q: "speech", group: "chapter" }),
    ]);
  });

  it("writes typing at once when asked (blur, Enter)", () => {
    const { router, writes } = fakeRouter();
    showView(router, { ...EMPTY_VIEW, q: "tts" }, { replace: false, timing: "pause" });
    flushView();
    expect(writes).toEqual([{ search: expect.objectContaining({ q: "tts" }), replace: false }]);
  });
});
