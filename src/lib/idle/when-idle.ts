/**
 * Runs `run` after the next frame is painted, once the page is idle, and no later than `timeout`
 * ms after that frame. Work that can wait (a URL write, code for a menu) then does not delay the
 * frame or the reader's next input. Returns a cancel function.
 */
export function whenIdle(run: () => void, timeout: number): () => void {
  let cancelRun = () => {};
  const frame = requestAnimationFrame(() => {
    // Safari has no requestIdleCallback: a task after the frame is the nearest it offers.
    if (typeof requestIdleCallback === "function") {
      const idle = requestIdleCallback(run, { timeout });
      cancelRun = () => cancelIdleCallback(idle);
    } else {
      const timer = setTimeout(run, 0);
      cancelRun = () => clearTimeout(timer);
    }
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelRun();
  };
}
