import { useEffect, useState } from "react";
import { afterNextPaint } from "./when-idle";

/**
 * `value` as of the last painted frame: a render with a new value still returns the old one, and
 * the new one follows right after that frame is painted. For what can trail the reader's focus by
 * a frame (counts beside the table) so that it does not delay the frame that answers a keystroke.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => (Object.is(shown, value) ? undefined : afterNextPaint(() => setShown(() => value))), [shown, value]);
  return shown;
}

/**
 * False until the frame with this component's first render is painted, then true at once: unlike
 * `useIdle`, it does not wait for a quiet moment, which an opening drawer's animation can put off
 * until its deadline.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted ? undefined : afterNextPaint(() => setPainted(true))), [painted]);
  return painted;
}
