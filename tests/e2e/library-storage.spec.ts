import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

const KEY = "paper-explorer:library/multibooth";
/** A library entry written by a future version of the app. */
const FUTURE = JSON.stringify({ version: 99, data: { paperId: "multibooth", rating: 5, starred: "very" } });

const ready = (page: Page) => page.getByRole("status").getByText(fixture.countLine()).waitFor();
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const notice = (page: Page) =>
  page
    .getByRole("alert")
    .filter({ hasText: "Some saved settings could not be read" })
    .getByRole("listitem")
    .filter({ hasText: "Your library entry for “multibooth”" });

/** Writes the future value, then fills the rest of the origin's storage so that not even a backup fits. */
async function futureValueInFullStorage(page: Page) {
  await page.evaluate(
    ({ key, value }) => {
      localStorage.setItem(key, value);
      let size = 1 << 20;
      let i = 0;
      while (size >= 16) {
        try {
          localStorage.setItem(`filler-${i++}`, "x".repeat(size));
        } catch {
          size >>= 1;
        }
      }
    },
    { key: KEY, value: FUTURE },
  );
}

describe("a library value the app cannot read", () => {
  it("survives in a full storage: kept as it was, offered for download, then discarded", async () => {
    const page = await app.open(fixture.url("/"));
    await ready(page);
    await futureValueInFullStorage(page);
    await page.reload();
    await ready(page);

    await notice(page)
      .getByText(/could not be read, and the browser has no room to back it up: it is left as it was/)
      .waitFor();
    // Editing the paper works for the session, but the unreadable value is not written over.
    await page.getByRole("button", { name: "Star MultiBooth", exact: true }).click();
    await expectEventually(page.getByRole("button", { name: "Star MultiBooth", exact: true })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(await stored(page)).toBe(FUTURE);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      notice(page).getByRole("button", { name: "Download the unreadable data" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("paper-explorer-library-multibooth-unreadable.json");
    expect(readFileSync(await download.path(), "utf8")).toBe(FUTURE);
    expect(await stored(page)).toBe(FUTURE);

    // With room made (other data cleared), discarding frees the key: the app then stores what this
    // session has for the paper.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith("filler-")) localStorage.removeItem(key);
    });
    expect(await stored(page)).toBe(FUTURE);
    await notice(page).getByRole("button", { name: "Discard it" }).click();
    await notice(page).getByText("Discarded.").waitFor();
    await eventually("the stored entry after discarding", async () => {
      const text = await stored(page);
      return text === null ? null : JSON.parse(text);
    }).toMatchObject({ version: 1, data: { paperId: "multibooth", starred: true } });
  });

  it("with room to spare, is backed up before anything else is stored, and the notice offers download and discard", async () => {
    const page = await app.open(fixture.url("/"));
    await ready(page);
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: KEY, value: FUTURE });
    await page.reload();
    await ready(page);
    await notice(page)
      .getByText(/came from another version of the app/)
      .waitFor();
    await notice(page).getByText("A copy of the original is kept in this browser for 30 days.").waitFor();
    const backups = () =>
      page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.backup-`)), KEY);
    await eventually("backups of the entry", backups).toHaveLength(1);
    const [backup = ""] = await backups();
    expect(await page.evaluate((key) => localStorage.getItem(key), backup)).toBe(FUTURE);

    await page.getByRole("button", { name: "Star MultiBooth", exact: true }).click();
    await eventually("the stored entry", async () => JSON.parse((await stored(page)) ?? "null")).toMatchObject({
      version: 1,
      data: { starred: true },
    });
    await notice(page).getByRole("button", { name: "Discard it" }).click();
    await notice(page).getByText("Discarded.").waitFor();
    await eventually("backups of the entry", backups).toHaveLength(0);
  });
});
