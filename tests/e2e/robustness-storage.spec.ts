import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, setupApp } from "./support/browser";
import { eventually, expectEventually } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();
const KEY = "paper-explorer:";

/**
 * Opens the app with these items already in its storage, written before any of its scripts run:
 * every store, including those whose code loads after the first paint, reads them on this load.
 * Written once per tab, so a reload shows what the app made of them.
 */
async function openWithStorage(items: Record<string, string>): Promise<Page> {
  const page = await app.open(fixture.url("/"), {
    beforeLoad: (page) =>
      page.addInitScript((entries) => {
        if (sessionStorage.getItem("test:seeded")) return;
        sessionStorage.setItem("test:seeded", "1");
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, items),
  });
  await page.getByRole("status").getByText(fixture.countLine()).waitFor();
  return page;
}

const storageKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());
const banner = (page: Page) => page.getByRole("alert").filter({ hasText: "Some saved settings could not be read" });

describe("damaged saved state", () => {
  it("backs up corrupted JSON, tells the user once and keeps the other settings", async () => {
    const page = await openWithStorage({
      [`${KEY}saved-views`]: "{not json",
      [`${KEY}columns`]: JSON.stringify({ version: 1, data: { modalities: false } }),
    });
    await banner(page)
      .getByText(/Your saved views could not be read and were reset\./)
      .waitFor();
    // The column setting survived.
    await page.getByRole("columnheader", { name: "Paper" }).first().waitFor();
    await expectEventually(page.getByRole("columnheader", { name: "Modalities" })).toHaveCount(0);
    const backups = async () => (await storageKeys(page)).filter((key) => key.startsWith(`${KEY}saved-views.backup-`));
    await eventually("saved-views backups", backups).toHaveLength(1);
    const [backup = ""] = await backups();
    expect(await page.evaluate((key) => localStorage.getItem(key), backup)).toBe("{not json");
    // Told once: a reload finds nothing left to report.
    await page.reload();
    await page.getByRole("status").getByText(fixture.countLine()).waitFor();
    await expectEventually(banner(page)).toHaveCount(0);
  });

  it("keeps the valid saved views from a newer version or with missing fields", async () => {
    const good = { id: "v1", name: "Audio", search: "?chapter=audio", createdAt: 1 };
    const page = await openWithStorage({
      [`${KEY}saved-views`]: JSON.stringify({ version: 7, data: [good, { id: "v2", name: "No search" }] }),
      [`${KEY}compare-tray`]: JSON.stringify({ version: 1, data: ["multibooth", 42, "lazydiffusion"] }),
    });
    await banner(page)
      .getByText(/Your saved views came from another version/)
      .waitFor();
    await expectEventually(banner(page)).toContainText("Part of the papers picked for comparison was damaged");
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("link", { name: "Open Audio" }).waitFor();
    await expectEventually(page.getByRole("link", { name: /^Open / })).toHaveCount(1);
    await expectEventually(page.getByRole("region", { name: "Compare tray" })).toHaveText(/MultiBooth.*LazyDiffusion/);
  });

  it("never throws when storage is full: the change stays for the session and the user is told", async () => {
    const context = await app.browser().newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(baseUrl + fixture.url("/?chapter=audio"));
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("textbox", { name: "Name" }).fill("Audio");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("link", { name: "Open Audio" }).waitFor();
    await banner(page)
      .getByText(/Changes to one of your saved views could not be saved/)
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
