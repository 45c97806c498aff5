import type { TableLayout } from "./table-layout";

/**
 * Scrolls the table so a line shows whole below the sticky header, computed from the layout: the
 * line's row may not be rendered yet. A line already in view stays put; one out of view is centred,
 * so stepping on from it does not scroll again at once.
 */
export function revealLine(scroller: HTMLElement, layout: TableLayout, line: number, lineHeight: number): void {
  const header = scroller.querySelector("thead")?.offsetHeight ?? 0;
  const top = layout.top(line);
  const below = scroller.clientHeight - header;
  if (top >= scroller.scrollTop && top + lineHeight <= scroller.scrollTop + below) return;
  scroller.scrollTop = Math.max(0, top - (below - lineHeight) / 2);
}

// A scroll renders the rows it reveals a frame or two later (the scroll event, then React).
const FRAMES_TO_RENDER = 10;

/** Focuses the element `selector` names inside the scroller as soon as the table has rendered it. */
export function focusOnceRendered(scroller: HTMLElement, selector: string, frames = FRAMES_TO_RENDER): void {
  const element = scroller.querySelector<HTMLElement>(selector);
  if (element) element.focus({ preventScroll: true });
  else if (frames > 0) requestAnimationFrame(() => focusOnceRendered(scroller, selector, frames - 1));
}
