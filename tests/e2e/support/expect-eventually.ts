import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { REPORT_MARGIN } from "./timeouts";

// Web-first assertions for browser tests: each one reads the page again until the expectation holds
// or the test's budget is nearly spent, so a check cannot pass (or fail) before the change it checks lands.

/** One read per try is short: a missing element fails that try quickly and the next one starts. */
const READ = { timeout: 1_000 };
const INTERVAL = 100;

let deadline = 0;

/** Called as each test starts (setupApp does): its assertions may retry until shortly before it times out. */
export function startAssertionBudget(testTimeout: number): void {
  deadline = Date.now() + testTimeout - REPORT_MARGIN;
}

/** Retries `read` until the matcher chained after it holds; `what` leads the failure message. */
export function eventually<T>(what: string, read: () => T | Promise<T>) {
  const timeout = Math.max(READ.timeout, deadline - Date.now());
  const described = async () => {
    try {
      return await read();
    } catch (error) {
      // The last failed read is what gets reported: say what it was for.
      throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return expect.poll(described, { timeout, interval: INTERVAL, message: what });
}

/** Text as a reader sees it: runs of whitespace collapsed, ends trimmed. */
const normalize = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

export function expectEventually(locator: Locator) {
  const about = (claim: string) => `${locator} ${claim}`;
  return {
    async toHaveCount(count: number) {
      await eventually(about(`to have count ${count}`), () => locator.count()).toBe(count);
    },
    /** The whole text (a string, normalised), a pattern it matches, or one text per element in order. */
    async toHaveText(expected: string | RegExp | readonly string[]) {
      if (typeof expected === "string") {
        await eventually(about(`to have text "${expected}"`), async () =>
          normalize(await locator.textContent(READ)),
        ).toBe(normalize(expected));
      } else if (expected instanceof RegExp) {
        await eventually(about(`to have text matching ${expected}`), async () =>
          normalize(await locator.textContent(READ)),
        ).toMatch(expected);
      } else {
        await eventually(about(`to have the texts ${JSON.stringify(expected)}`), async () =>
          (await locator.allTextContents()).map(normalize),
        ).toEqual(expected.map(normalize));
      }
    },
    async toContainText(expected: string) {
      await eventually(about(`to contain text "${expected}"`), async () =>
        normalize(await locator.textContent(READ)),
      ).toContain(normalize(expected));
    },
    /** `null` expects the attribute to be absent. */
    async toHaveAttribute(name: string, value: string | RegExp | null) {
      const poll = eventually(about(`to have ${name}=${value}`), () => locator.getAttribute(name, READ));
      await (value instanceof RegExp ? poll.toMatch(value) : poll.toBe(value));
    },
    async toHaveValue(value: string) {
      await eventually(about(`to have value "${value}"`), () => locator.inputValue(READ)).toBe(value);
    },
    async toBeChecked({ checked = true } = {}) {
      await eventually(about(checked ? "to be checked" : "to be unchecked"), () => locator.isChecked(READ)).toBe(
        checked,
      );
    },
    async toBeDisabled() {
      await eventually(about("to be disabled"), () => locator.isDisabled(READ)).toBe(true);
    },
    async toBeVisible() {
      await eventually(about("to be visible"), () => locator.isVisible()).toBe(true);
    },
    /** Absent or not visible. Wait for a sign that the change happened first, or this passes too early. */
    async toBeHidden() {
      await eventually(about("to be hidden"), () => locator.isVisible()).toBe(false);
    },
    async toBeFocused() {
      await eventually(about("to be focused"), () =>
        locator.evaluate((element) => element === document.activeElement, undefined, READ),
      ).toBe(true);
    },
  };
}

export function expectPage(page: Page) {
  const url = () => new URL(page.url());
  return {
    async toHaveTitle(title: string) {
      await eventually("page title", () => page.title()).toBe(title);
    },
    async toHavePath(pathname: string) {
      await eventually("URL path", () => url().pathname).toBe(pathname);
    },
    /** Path and query, percent-decoded: "/papers/moa?chapter=audio,video". */
    async toHaveAddress(address: string) {
      await eventually("URL path and search", () => decodeURIComponent(url().pathname + url().search)).toBe(address);
    },
    /** The whole query string, "" for none. */
    async toHaveSearch(search: string) {
      await eventually("URL search", () => url().search).toBe(search);
    },
    /** `null` expects the parameter to be absent. */
    async toHaveParam(name: string, value: string | null) {
      await eventually(`URL parameter ${name}`, () => url().searchParams.get(name)).toBe(value);
    },
  };
}
