import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { setupApp } from "./support/browser";
import { buildApp } from "./support/build-app";
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

const version = (page: Page) => page.locator('meta[name="version"]').getAttribute("content");

describe("a new version", () => {
  it("is offered, not mixed in, and taken on Reload", async () => {
    const page = await app.open("/", { origin: host.url, serviceWorkers: "allow" });
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await version(page)).toBe(currentVersion);

    host.serve(next);
    // The old worker serves the reloaded page; registering again finds the new worker, which waits.
    await page.reload();
    const notice = page.getByRole("status").filter({ hasText: "Update available" });
    await notice.waitFor();
    expect(await version(page)).toBe(currentVersion);
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();

    await notice.getByRole("button", { name: "Reload" }).click();
    await page.waitForFunction(
      (expected) => document.querySelector('meta[name="version"]')?.getAttribute("content") === expected,
      `${currentVersion}-next`,
    );
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    expect(await notice.count()).toBe(0);
  });
});
