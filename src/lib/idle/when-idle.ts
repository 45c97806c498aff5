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

/**
 * Runs `run` in a task right after the next frame is painted, idle or not: for what should follow
 * a frame closely (counts beside the rows) rather than wait for a quiet moment. Returns a cancel
 * function.
 */
export function afterNextPaint(run: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    // A message, not a timer: it runs as soon as the frame's task ends, and timers can be clamped.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) run();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
