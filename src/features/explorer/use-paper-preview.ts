import { type MouseEvent, useCallback, useEffect, useRef, useState } from "react";
import { PREVIEW_ID } from "./paper-preview";

/** Where the card goes: beside the paper's name, in window coordinates. */
export interface PreviewAnchor {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Preview {
  paperId: string;
  anchor: PreviewAnchor;
}

// A card for every row the mouse crosses would flash: it waits for the pointer (or focus) to rest.
const DELAYS = { hover: 500, focus: 300 };
/** Where in a row the card's anchor is (the paper's name), set by its cell. */
const ANCHOR = "[data-preview-anchor]";

/**
 * The one preview card of the table: which paper it shows and where. It opens after a pause (so
 * moving the mouse across rows or arrowing through them does not flash a card per row) and closes
 * at once.
 */
export function usePaperPreview(paperIdAt: (target: Element) => string | undefined) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const timer = useRef(0);
  const cancel = useCallback(() => window.clearTimeout(timer.current), []);
  /** Shows the paper after a pause, beside its name inside `row`. */
  const showFor = useCallback(
    (paperId: string, row: Element, cause: keyof typeof DELAYS) => {
      cancel();
      const anchor = row.matches(ANCHOR) ? row : (row.querySelector(ANCHOR) ?? row);
      timer.current = window.setTimeout(() => {
        if (!anchor.isConnected) return;
        const { left, right, top, bottom } = anchor.getBoundingClientRect();
        setPreview({ paperId, anchor: { left, right, top, bottom } });
      }, DELAYS[cause]);
    },
    [cancel],
  );
  const hide = useCallback(() => {
    cancel();
    setPreview(null);
  }, [cancel]);
  useEffect(() => cancel, [cancel]);
  // Delegated from the table body: hovering a paper's name previews it, leaving it closes the card.
  const hoverHandlers = {
    onMouseOver: (event: MouseEvent) => {
      const anchor = (event.target as Element).closest(ANCHOR);
      const paperId = anchor ? paperIdAt(anchor) : undefined;
      if (anchor && paperId && paperId !== preview?.paperId) showFor(paperId, anchor, "hover");
    },
    onMouseOut: (event: MouseEvent) => {
      const anchor = (event.target as Element).closest(ANCHOR);
      const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
      if (anchor && !anchor.contains(to) && !document.getElementById(PREVIEW_ID)?.contains(to)) hide();
    },
  };
  return { preview, showFor, hide, hoverHandlers };
}
