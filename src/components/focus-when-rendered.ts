/**
 * Once `ready` settles (a navigation, say) and React has rendered the next frame, focuses the first
 * of these elements that exists and is enabled. For keeping keyboard focus in place when the
 * element that had it is replaced or removed.
 */
export function focusWhenRendered(selectors: readonly string[], ready: Promise<unknown> = Promise.resolve()): void {
  void ready.then(() =>
    requestAnimationFrame(() => {
      for (const selector of selectors) {
        const element = document.querySelector<HTMLElement>(selector);
        if (element && !element.hasAttribute("disabled") && element.getAttribute("aria-disabled") !== "true") {
          element.focus();
          return;
        }
      }
    }),
  );
}
