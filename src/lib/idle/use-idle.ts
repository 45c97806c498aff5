import { useEffect, useState } from "react";
import { whenIdle } from "./when-idle";

/** The longest code that can wait for the first painted frame waits after it. */
const AFTER_PAINT_MS = 1000;

/**
 * False until the frame with this component's first render is painted and the page is idle, not
 * counting the time while `busy`; then true for good. True from the start if `already`.
 */
export function useIdle(already = false, busy = false): boolean {
  const [idle, setIdle] = useState(already);
  useEffect(() => (idle || busy ? undefined : whenIdle(() => setIdle(true), AFTER_PAINT_MS)), [idle, busy]);
  return idle;
}
