import type { Page } from "playwright-core";

declare global {
  interface Window {
    __storageValve?: { holding: boolean; held: StorageEvent[] };
  }
}

/**
 * Lets a test hold back the storage events another tab's writes send `page`, then hand them over:
 * as if both tabs had written in the same instant, each before it heard of the other. Call it
 * before the page loads: its listener must run before the app's, and listeners on the window run
 * in the order they were added (capturing ones included). Events the page dispatches itself pass.
 */
export async function storageEventValve(
  page: Page,
): Promise<{ hold: () => Promise<void>; release: () => Promise<void> }> {
  await page.addInitScript(() => {
    const valve = { holding: false, held: [] as StorageEvent[] };
    window.__storageValve = valve;
    window.addEventListener("storage", (event) => {
      if (!valve.holding || !event.isTrusted) return;
      event.stopImmediatePropagation();
      valve.held.push(event);
    });
  });
  return {
    hold: () =>
      page.evaluate(() => {
        if (window.__storageValve) window.__storageValve.holding = true;
      }),
    release: () =>
      page.evaluate(() => {
        const valve = window.__storageValve;
        if (!valve) return;
        valve.holding = false;
        for (const { key, newValue, oldValue, storageArea } of valve.held.splice(0)) {
          window.dispatchEvent(new StorageEvent("storage", { key, newValue, oldValue, storageArea }));
        }
      }),
  };
}
