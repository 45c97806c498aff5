import { type RefObject, useEffect, useState } from "react";
import type { TableLayout } from "./table-layout";

interface Viewport {
  top: number;
  height: number;
}

/**
 * The lines of the table inside the scroller's viewport, plus `overscan` on each side, and the
 * viewport's height. The first render assumes the window's height (the scroller is never taller),
 * so rows appear in the same frame as the data, and the viewport's height only ever grows the
 * range: a few extra rows cost less than rendering twice.
 */
export function useVisibleLines(
  scroller: RefObject<HTMLElement | null>,
  layout: TableLayout,
  overscan: number,
): { first: number; last: number; viewportHeight: number } {
  const [viewport, setViewport] = useState<Viewport>(() => ({ top: 0, height: window.innerHeight }));
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () =>
      setViewport((previous) => {
        const height = Math.max(previous.height, element.clientHeight);
        return previous.top === element.scrollTop && previous.height === height
          ? previous
          : { top: element.scrollTop, height };
      });
    element.addEventListener("scroll", measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    return () => {
      element.removeEventListener("scroll", measure);
      resize.disconnect();
    };
  }, [scroller]);
  if (layout.length === 0) return { first: 0, last: -1, viewportHeight: viewport.height };
  const first = Math.max(0, layout.lineAtOffset(viewport.top) - overscan);
  const last = Math.min(layout.length - 1, layout.lineAtOffset(viewport.top + viewport.height) + overscan);
  return { first, last, viewportHeight: viewport.height };
}
