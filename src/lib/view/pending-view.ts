import type { AnyRouter } from "@tanstack/react-router";
import { create } from "zustand";
import { whenIdle } from "../idle/when-idle";
import { changeView, shareParts, type View } from "./view";

/**
 * A view change is shown at once and written to the URL a moment later: after the frame that
 * shows it, when the page is next idle (a click), or once typing pauses (the search box). A router
 * navigation and a history write cost several milliseconds; paying them in the keystroke's or
 * click's own frame delayed the table. The URL stays the state: it gets every change, in order,
 * one history entry per step.
 */

/** Typed text reaches the URL once typing pauses this long. */
export const TYPING_PAUSE_MS = 300;

export const usePendingView = create<{ view: View | null }>(() => ({ view: null }));

let lastShown: View | null = null;

/**
 * The view as shown: the pending one, else the URL's. Keeps the identity of what it returned before
 * while nothing differs, so the URL catching up with a pending view re-renders nothing.
 */
export function shownView(urlView: View, pending: View | null): View {
  const next = pending ?? urlView;
  // Only ever an object that exists already: selectors run this on every store read, and a new
  // object per call would never settle.
  if (lastShown !== null && lastShown !== next && shareParts(lastShown, next) === lastShown) return lastShown;
  lastShown = next;
  return next;
}

export type UrlTiming = "frame" | "pause";

interface Scheduled {
  router: AnyRouter;
  view: View;
  replace: boolean;
  cancel: () => void;
}

let scheduled: Scheduled | null = null;
let watching: AnyRouter | null = null;

function write({ router, view, replace }: Scheduled): void {
  void router.navigate({ to: ".", search: changeView(() => view), replace }).then(() => {
    // The URL holds it now: stop showing it on top (unless a newer change is pending).
    if (usePendingView.getState().view === view) usePendingView.setState({ view: null });
  });
}

/**
 * Writes the pending view to the URL now (typing stopped: blur, Enter). A reload within the pause
 * reopens the URL as it was: the browser fixes the address it reloads before any script can run.
 */
export function flushView(): void {
  const due = scheduled;
  if (!due) return;
  scheduled = null;
  due.cancel();
  write(due);
}

function dropPending(): void {
  scheduled?.cancel();
  scheduled = null;
  usePendingView.setState({ view: null });
}

function watch(router: AnyRouter): void {
  if (watching === router) return;
  watching = router;
  // Back and forward show another entry's view: a change made for the entry left behind is dropped.
  router.history.subscribe(({ action }: { action: { type: string } }) => {
    if (action.type === "BACK" || action.type === "FORWARD" || action.type === "GO") dropPending();
  });
}

/** The longest a click's change waits for an idle moment before it is written anyway. */
const IDLE_WAIT_MS = 200;

function later(run: () => void, timing: UrlTiming): () => void {
  if (timing === "pause") {
    const timer = setTimeout(run, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }
  // The write (a navigation and a history entry, 5-15 ms) does not sit between the painted frame
  // and the reader's next input.
  return whenIdle(run, IDLE_WAIT_MS);
}

/**
 * Shows `view` now and writes it to the URL later. Typing coalesces into one write (one history
 * entry unless any of it asked for a new one); any other change first writes what is waiting, so
 * each step keeps its own entry.
 */
export function showView(router: AnyRouter, view: View, options: { replace: boolean; timing: UrlTiming }): void {
  watch(router);
  let replace = options.replace;
  if (scheduled) {
    if (options.timing === "pause" && scheduled.router === router) {
      replace &&= scheduled.replace;
      scheduled.cancel();
      scheduled = null;
    } else flushView();
  }
  usePendingView.setState({ view });
  const entry: Scheduled = { router, view, replace, cancel: () => {} };
  entry.cancel = later(() => {
    if (scheduled !== entry) return;
    scheduled = null;
    write(entry);
  }, options.timing);
  scheduled = entry;
}
