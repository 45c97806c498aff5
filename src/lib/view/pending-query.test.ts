import { describe, expect, it } from "vitest";
import { withPendingQuery } from "./pending-query";
import { EMPTY_VIEW, type View } from "./view";

describe("withPendingQuery", () => {
  it("applies typed text over the URL's view, and keeps that view when the URL catches up", () => {
    const url: View = { ...EMPTY_VIEW, q: "dif" };
    const typed = withPendingQuery(url, "diffusion");
    expect(typed.q).toBe("diffusion");
    expect(typed.filters).toBe(url.filters);
    // The URL now holds the same text: the view is the same object, so nothing re-renders.
    const caughtUp: View = { ...url, q: "diffusion" };
    expect(withPendingQuery(caughtUp, "diffusion")).toBe(typed);
    expect(withPendingQuery(caughtUp, null)).toBe(typed);
  });

  it("is the URL's view when nothing is pending, and a new view when anything differs", () => {
    const url: View = { ...EMPTY_VIEW, q: "speech" };
    expect(withPendingQuery(url, null)).toBe(url);
    const grouped = withPendingQuery({ ...url, group: "chapter" }, null);
    expect(grouped).not.toBe(url);
    expect(grouped.group).toBe("chapter");
  });
});
