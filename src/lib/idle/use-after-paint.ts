import { useEffect, useState } from "react";
import { whenIdle } from "./when-idle";

/** However busy the page, a value waits no longer than this after the frame. */
const LATEST_MS = 100;

/**
 * `value` as of the last painted frame: a render with a new value still returns the old one, and
 * the new one follows once that frame is painted. For what can trail the reader's focus by a frame
 * (counts beside the table) so that it does not delay the frame that answers a keystroke.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(
    () => (Object.is(shown, value) ? undefined : whenIdle(() => setShown(() => value), LATEST_MS)),
    [shown, value],
  );
  return shown;
}
