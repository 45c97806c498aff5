import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";
import { CHROMIUM_ARGS } from "../../../scripts/find-chromium.mjs";
import { startAssertionBudget } from "./expect-eventually";
import { ACTION_TIMEOUT } from "./timeouts";

export const baseUrl = inject("baseUrl");

export interface OpenOptions {
  locale?: string;
  colorScheme?: "light" | "dark";
  width?: number;
  /** The viewport's height (900 unless given): a phone is 390 × 844. */
  height?: number;
  /** A touch screen, so a test can tap (`locator.tap()`) as on a phone. */
  hasTouch?: boolean;
  /** Console errors a test provokes on purpose (a 404 for a missing dataset, say). */
  expectedErrors?: RegExp;
  /**
   * Blocked unless a test is about the service worker: once a worker controls the page, it
   * answers the page's requests and `page.route` no longer sees them.
   */
  serviceWorkers?: "allow" | "block";
  /** Where the app is served, if not by the preview server (a sub-path build, say). */
  origin?: string;
  /** Runs on the new page before it loads the app: routes and clocks that must be in place from the start. */
  beforeLoad?: (page: Page) => Promise<unknown>;
}

export interface AppSession {
  browser: () => Browser;
  /** A fresh context (empty storage) and page; console errors and CSP violations fail the test. */
  open: (path?: string, options?: OpenOptions) => Promise<Page>;
  context: () => BrowserContext;
}

/** Call at the top of a spec file: one browser per file, one clean context per test. */
export function setupApp(): AppSession {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let errors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(({ task }) => startAssertionBudget(task.timeout));
  afterEach(async () => {
    await context?.close();
    context = undefined;
    const seen = errors;
    errors = [];
    expect(seen, "console errors, page errors or CSP violations").toEqual([]);
  });

  return {
    browser: () => browser,
    context: () => {
      if (!context) throw new Error("open() a page first");
      return context;
    },
    async open(path = "/", options = {}) {
      context = await browser.newContext({
        locale: options.locale ?? "en-US",
        colorScheme: options.colorScheme ?? "light",
        viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
        hasTouch: options.hasTouch ?? false,
        acceptDownloads: true,
        serviceWorkers: options.serviceWorkers ?? "block",
      });
      context.setDefaultTimeout(ACTION_TIMEOUT);
      const page = await context.newPage();
      // Blocked content also reports a violation event; make each one a console error the test sees.
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) =>
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
        );
      });
      page.on("console", (message) => {
        if (message.type() === "error" && !options.expectedErrors?.test(message.text())) errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      await options.beforeLoad?.(page);
      await page.goto((options.origin ?? baseUrl) + path);
      return page;
    },
  };
}
