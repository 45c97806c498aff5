import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, setupApp } from "./support/browser";

const app = setupApp();

const countLine = (page: Page) => page.getByRole("status").filter({ hasText: /papers$/ });
const paperRows = (page: Page) => page.getByRole("row").filter({ has: page.getByRole("checkbox") });
const search = (page: Page) => new URL(page.url()).searchParams;
const rowNames = async (page: Page) =>
  (await page.getByRole("checkbox", { name: /^Select .+ for comparison$/ }).all()).map((box) =>
    box.getAttribute("aria-label"),
  );

async function waitForCount(page: Page, text: string) {
  await page.getByRole("status").getByText(text, { exact: true }).waitFor();
}

describe("explorer", () => {
  it("filters by facets with OR inside a facet and AND across, with live counts", async () => {
    const page = await app.open("/");
    await waitForCount(page, "66 of 66 papers");
    const audio = page.getByRole("checkbox", { name: /^Text-to-audio, \d+ papers$/ });
    const video = page.getByRole("checkbox", { name: /^Text\/image-to-video, \d+ papers$/ });
    expect(await audio.getAttribute("aria-label")).toBe("Text-to-audio, 9 papers");
    await audio.check();
    await waitForCount(page, "9 of 66 papers");
    await video.check();
    await waitForCount(page, "14 of 66 papers");
    expect(search(page).get("chapter")).toBe("audio,video");

    // AND across facets: Microsoft within audio+video. Its count already reflects the chapters.
    const microsoft = page.getByRole("checkbox", { name: /^Microsoft, \d+ papers$/ });
    const microsoftCount = Number((await microsoft.getAttribute("aria-label"))?.match(/(\d+) papers/)?.[1]);
    await microsoft.check();
    await waitForCount(page, `${microsoftCount} of 66 papers`);
    expect(await paperRows(page).count()).toBe(microsoftCount);
    for (const row of await paperRows(page).all()) {
      expect(await row.textContent()).toContain("Microsoft");
    }
    expect(page.url()).toContain("chapter=audio,video&inst=microsoft");
  });

  it("finds papers by Chinese and English search and highlights the match", async () => {
    const page = await app.open("/");
    const box = page.getByRole("searchbox", { name: "Search papers" });
    await box.fill("清华");
    await page
      .getByRole("status")
      .getByText(/^\d of 66 papers$/)
      .waitFor();
    const tsinghuaRows = await paperRows(page).count();
    expect(tsinghuaRows).toBeGreaterThan(0);
    for (const row of await paperRows(page).all()) {
      expect(await row.textContent()).toMatch(/Tsinghua|清华/);
    }
    await box.fill("文生图");
    await page.getByRole("row", { name: /MultiBooth/ }).waitFor();
    expect(await paperRows(page).count()).toBeGreaterThanOrEqual(9);

    await box.fill("speech");
    await page.getByRole("row", { name: /FlashSpeech/ }).waitFor();
    expect(
      await page
        .locator("mark")
        .filter({ hasText: /^speech$/i })
        .count(),
    ).toBeGreaterThan(0);
  });

  it("reopens the exact view from its URL in a new browser", async () => {
    const url = "/?q=speech&chapter=audio,video&inst=microsoft&sort=name.desc";
    const first = await app.open(url);
    // Rows appear once the search worker has answered; the count line is there (at 0) before.
    await paperRows(first).first().waitFor();
    const names = await paperRows(first).allTextContents();
    const count = (await countLine(first).textContent()) ?? "";

    const fresh = await app.browser().newContext();
    const second = await fresh.newPage();
    await second.goto(baseUrl + url);
    await waitForCount(second, count);
    expect(await paperRows(second).allTextContents()).toEqual(names);
    expect(await second.getByRole("searchbox", { name: "Search papers" }).inputValue()).toBe("speech");
    expect(await second.getByRole("checkbox", { name: /^Microsoft,/ }).isChecked()).toBe(true);
    expect(await second.getByRole("columnheader", { name: /Paper/ }).getAttribute("aria-sort")).toBe("descending");
    await fresh.close();
  });

  it("walks filter history with back and forward, one entry per typed word", async () => {
    const page = await app.open("/");
    await waitForCount(page, "66 of 66 papers");
    const box = page.getByRole("searchbox", { name: "Search papers" });
    await box.pressSequentially("speech", { delay: 30 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "speech");
    await page.getByRole("checkbox", { name: /^Text-to-audio,/ }).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("chapter") === "audio");

    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("chapter"));
    expect(search(page).get("q")).toBe("speech");
    expect(await box.inputValue()).toBe("speech");
    // Typing "speech" was one history entry, so one more step back is the unfiltered table.
    await page.goBack();
    await page.waitForFunction(() => location.search === "");
    await waitForCount(page, "66 of 66 papers");
    expect(await box.inputValue()).toBe("");
    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "speech");
  });

  it("names the filters that exclude everything and removes them one by one", async () => {
    const page = await app.open("/?chapter=3d&modality=speech");
    await page.getByRole("heading", { name: "No papers match" }).waitFor();
    await page.getByRole("button", { name: "Remove Modality: Speech" }).click();
    await waitForCount(page, "2 of 66 papers");
    expect(search(page).get("chapter")).toBe("3d");
    await page.getByRole("button", { name: "Clear all filters" }).click();
    await waitForCount(page, "66 of 66 papers");
  });

  it("sorts by a column header and groups by chapter", async () => {
    const page = await app.open("/");
    await page.getByRole("button", { name: /^Paper/ }).click();
    await page
      .getByRole("columnheader", { name: /^Paper/ })
      .and(page.locator("[aria-sort=ascending]"))
      .waitFor();
    const isSorted = async () => {
      const names = (await Promise.all(await rowNames(page))).map(
        (label) => label?.replace(/^Select (.+) for comparison$/, "$1") ?? "",
      );
      const sorted = [...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true }));
      return names.length > 10 && names.join("|") === sorted.join("|");
    };
    await expect.poll(isSorted).toBe(true);

    await page.getByRole("switch", { name: "Group by chapter" }).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("group") === "chapter");
    await page.getByRole("columnheader", { name: "Text-to-image · 9 papers" }).waitFor();
  });

  it("hides a column and remembers it", async () => {
    const page = await app.open("/");
    await page.getByRole("columnheader", { name: "Modalities" }).waitFor();
    await page.getByRole("button", { name: "Columns" }).click();
    await page.getByRole("checkbox", { name: "Modalities", exact: true }).uncheck();
    await page.keyboard.press("Escape");
    expect(await page.getByRole("columnheader", { name: "Modalities" }).count()).toBe(0);
    await page.reload();
    await page.getByRole("columnheader", { name: "Paper" }).first().waitFor();
    expect(await page.getByRole("columnheader", { name: "Modalities" }).count()).toBe(0);
  });

  it("is usable from the keyboard: arrows move between rows, Enter opens one", async () => {
    const page = await app.open("/?chapter=audio");
    await waitForCount(page, "9 of 66 papers");
    await paperRows(page).first().focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const focusedName = await page.evaluate(
      () => document.activeElement?.querySelector("td:nth-child(2) span")?.textContent,
    );
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/papers\//);
    expect(search(page).get("chapter")).toBe("audio");
    await page.getByRole("heading", { level: 2, name: focusedName ?? "" }).waitFor();
  });
});
