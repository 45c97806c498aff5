import { useEffect, useState } from "react";
import { whenIdle } from "./when-idle";

/** The longest code that can wait for the first painted frame waits after it. */
const AFTER_PAINT_MS = 1000;

/** False until the frame with this component's first render is painted and the page is idle; true from the start if `already`. */
export function useIdle(already = false): boolean {
  const [idle, setIdle] = useState(already);
  useEffect(() => (idle ? undefined : whenIdle(() => setIdle(true), AFTER_PAINT_MS)), [idle]);
  return idle;
}
