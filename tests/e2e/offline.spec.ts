import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually } from "./support/expect-eventually";

const app = setupApp();

const countLine = (page: Page, text: string) => page.getByRole("status").getByText(text, { exact: true });

describe("offline", () => {
  it("after one visit, opens and works with the network gone", async () => {
    const page = await app.open("/", { serviceWorkers: "allow" });
    await countLine(page, "66 of 66 papers").waitFor();
    // The worker takes over the first page as soon as it has precached the build.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await app.context().setOffline(true);
    // The network is gone for the service worker too: it cannot fetch a file it never cached.
    const [worker] = app.context().serviceWorkers();
    const probe = await worker?.evaluate(() =>
      fetch("/test-data/dangling.json").then(
        () => "fetched",
        () => "failed",
      ),
    );
    expect(probe).toBe("failed");

    await page.reload();
    await countLine(page, "66 of 66 papers").waitFor();

    // Filter and search (the search index is built by a worker script from the precache).
    await page.getByRole("checkbox", { name: /^Text-to-audio, \d+ papers$/ }).check();
    await countLine(page, "9 of 66 papers").waitFor();
    await page.getByRole("searchbox", { name: "Search papers" }).fill("speech");
    await page
      .getByRole("row", { name: /FlashSpeech/ })
      .getByText("FlashSpeech", { exact: true })
      .click();
    await page.getByRole("heading", { level: 2, name: "FlashSpeech" }).waitFor();

    // Export: the file is made in the page.
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "CSV (spreadsheet)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    // New navigations (lazily loaded routes) come from the worker as well.
    await page.goto(new URL("/compare?ids=multibooth,moa", page.url()).href);
    await page.getByRole("columnheader", { name: /MoA/ }).waitFor();
    await page.getByRole("link", { name: "Overview" }).first().click();
    await page.getByText("Charts of all 66 papers.").waitFor();
    await page.getByRole("figure", { name: "Papers per chapter" }).waitFor();
    // One flow (the offline state lives in this context) of two loads and six steps: more than the
    // default allowance on a busy machine.
  }, 60_000);

  it("installs the service worker only once the dataset is open: its downloads would slow the dataset's", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const page = await app.open("/?dataset=/test-data/synth-10000.json", {
      serviceWorkers: "allow",
      // The dataset's download is held until the test lets it go.
      beforeLoad: (next) =>
        next.route(
          (url) => url.pathname === "/test-data/synth-10000.json",
          async (route) => {
            await held;
            await route.continue();
          },
        ),
    });
    const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    await page.getByText("Source: /test-data/synth-10000.json").waitFor();
    // Everything that used to start it has happened: the page loaded, painted and went idle.
    await page.waitForFunction(() => document.readyState === "complete");
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
    for (let check = 0; check < 15; check += 1) {
      expect(await registered()).toBe(false);
      await page.waitForTimeout(100);
    }

    release();
    await countLine(page, "10000 of 10000 papers").waitFor({ timeout: 20_000 });
    await eventually("service worker registered", registered).toBe(true);
  }, 60_000);
});
