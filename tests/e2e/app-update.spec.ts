import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { setupApp } from "./support/browser";
import { buildApp } from "./support/build-app";
import { eventually, expectEventually } from "./support/expect-eventually";
import { type StaticHost, startStaticHost } from "./support/static-host";

const app = setupApp();
const current = inject("distDir");
const next = `${current}-next`;
const currentVersion: string = JSON.parse(readFileSync("package.json", "utf8")).version;
let host: StaticHost;

beforeAll(async () => {
  // The same app with another version stamp: a new deploy, as far as the service worker can tell.
  buildApp(next, { BASE_PATH: "/", APP_VERSION: `${currentVersion}-next` });
  host = await startStaticHost(current);
});
afterAll(async () => {
  await host?.close();
});

/** The build the page came from, once it is there to read. */
const version = (page: Page) =>
  eventually("build version", () => page.locator('meta[name="version"]').getAttribute("content", { timeout: 1_000 }));

/** Serious axe findings in the update notice (the accessibility spec checks the pages themselves). */
async function noticeViolations(page: Page) {
  // Hover colours are not what a reader sees at rest.
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page })
    .include(".mantine-Notification-root")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => violation.id);
}

const LOCALES = [
  { locale: "en-US", count: "66 of 66 papers", title: "Update available", reload: "Reload", axe: true },
  { locale: "zh-CN", count: "共 66 篇，显示 66 篇", title: "有可用更新", reload: "重新加载", axe: false },
];

describe("a new version", () => {
  for (const { locale, count, title, reload, axe } of LOCALES) {
    it(`is offered, not mixed in, and taken on Reload (${locale})`, async () => {
      host.serve(current);
      const page = await app.open("/", { origin: host.url, serviceWorkers: "allow", locale });
      await page.getByText(count).waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await version(page).toBe(currentVersion);

      host.serve(next);
      // The old worker serves the reloaded page; registering again finds the new worker, which waits.
      await page.reload();
      const notice = page.getByRole("status").filter({ hasText: title });
      // The new worker precaches the whole build before it is offered.
      await notice.waitFor({ timeout: 30_000 });
      await version(page).toBe(currentVersion);
      await page.getByText(count).waitFor();
      if (axe) expect(await noticeViolations(page)).toEqual([]);

      await notice.getByRole("button", { name: reload }).click();
      await version(page).toBe(`${currentVersion}-next`);
      await page.getByText(count).waitFor();
      await expectEventually(notice).toHaveCount(0);
      // Three page loads and two precaches: more than the default allowance on a busy machine.
    }, 90_000);
  }
});
