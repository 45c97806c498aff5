import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { TableLayout } from "./table-layout";

interface Viewport {
  top: number;
  height: number;
}

export interface VisibleLines {
  /** The lines to render: those in the viewport and `overscan` more on each side. */
  first: number;
  last: number;
  /** The lines in the viewport, at least partly. */
  firstInView: number;
  lastInView: number;
  /**
   * True until the table scrolls after a new layout (a new view, grouping or row height). Rows
   * outside the viewport may then be left unrendered by the browser; once the reader scrolls, each
   * row is rendered as it is mounted, as a row about to scroll into view needs.
   */
  unscrolled: boolean;
  viewportHeight: number;
}

/**
 * The lines of the table inside the scroller's viewport (below its sticky header), plus `overscan`
 * on each side, and the viewport's height. The first render assumes the window's height (the
 * scroller is never taller), so rows appear in the same frame as the data; the scroller's own
 * height follows once it is laid out, after that frame.
 */
export function useVisibleLines(
  scroller: RefObject<HTMLElement | null>,
  layout: TableLayout,
  overscan: number,
): VisibleLines {
  const [viewport, setViewport] = useState<Viewport>(() => ({ top: 0, height: window.innerHeight }));
  // The layout on screen, and the one that was when the table last scrolled: a new layout is
  // unscrolled until the next scroll. Kept apart from the render (not state set while rendering,
  // which would run the table's render twice for every new view).
  const shown = useRef(layout);
  useLayoutEffect(() => {
    shown.current = layout;
  }, [layout]);
  const [scrolledIn, setScrolledIn] = useState<TableLayout | null>(null);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      const top = element.scrollTop;
      // The rows' part of the viewport: the sticky header covers the rows scrolling under it.
      const height = element.clientHeight - (element.querySelector("thead")?.offsetHeight ?? 0);
      setViewport((previous) => (previous.top === top && previous.height === height ? previous : { top, height }));
    };
    // Rendered before the frame that scrolled: the rows marked off screen are unmarked (their cells
    // would be skipped for that frame), and rows past the overscan are in place, in the frame that
    // shows them.
    const onScroll = () =>
      flushSync(() => {
        measure();
        setScrolledIn(shown.current);
      });
    element.addEventListener("scroll", onScroll, { passive: true });
    // A resize waits for React's next render: the first one follows the first frame with rows.
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    return () => {
      element.removeEventListener("scroll", onScroll);
      resize.disconnect();
    };
  }, [scroller]);
  const unscrolled = scrolledIn !== layout;
  const viewportHeight = viewport.height;
  if (layout.length === 0) return { first: 0, last: -1, firstInView: 0, lastInView: -1, unscrolled, viewportHeight };
  const firstInView = layout.lineAtOffset(viewport.top);
  const lastInView = layout.lineAtOffset(viewport.top + viewport.height);
  return {
    first: Math.max(0, firstInView - overscan),
    last: Math.min(layout.length - 1, lastInView + overscan),
    firstInView,
    lastInView,
    unscrolled,
    viewportHeight,
  };
}
