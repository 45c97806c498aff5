import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, setupApp } from "./support/browser";
import { eventually } from "./support/expect-eventually";

const app = setupApp();

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page, text: string) => page.getByRole("status").getByText(text).waitFor();

/** Opens a page in a fresh context that may read and write the clipboard. */
async function openWithClipboard(path: string): Promise<Page> {
  const page = await app.open(path);
  await app.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
  return page;
}

/** Picks "Copy link" from a Share menu and returns what landed on the clipboard. */
async function copyLink(page: Page, menu: Locator): Promise<string> {
  await menu.click();
  await page.getByRole("menuitem", { name: "Copy link" }).click();
  await page.getByRole("alert").filter({ hasText: "Link copied" }).waitFor();
  await expect.poll(() => clipboard(page)).toMatch(/^http/);
  return clipboard(page);
}

/** The path and query of a copied link, checked to be on this site. */
function pathOf(link: string): string {
  const url = new URL(link);
  expect(url.origin).toBe(baseUrl);
  return url.pathname + url.search;
}

const shareButton = (scope: Page | Locator) => scope.getByRole("button", { name: "Share", exact: true });

describe("sharing", () => {
  it("copies the table's view, without another page's params, and the link reopens it", async () => {
    const page = await openWithClipboard("/?sort=name.desc&ids=multibooth,moa&hide=same&chapter=audio&q=speech");
    await status(page, "4 of 66 papers");
    const shownBefore = await page.getByRole("region", { name: "Papers" }).getAttribute("data-view");
    const link = await copyLink(page, shareButton(page.getByRole("main")));
    expect(pathOf(link)).toBe("/?q=speech&chapter=audio&sort=name.desc");

    const reopened = await app.open(pathOf(link));
    await status(reopened, "4 of 66 papers");
    expect(await reopened.getByRole("region", { name: "Papers" }).getAttribute("data-view")).toBe(shownBefore);
    expect(await reopened.getByRole("searchbox", { name: "Search papers" }).inputValue()).toBe("speech");
  });

  it("copies an open paper with the table beside it, by its id even when opened by arXiv id", async () => {
    const page = await openWithClipboard("/papers/2404.14239?modality=image");
    await page.getByRole("heading", { level: 2, name: "MultiBooth", exact: true }).waitFor();
    await status(page, "26 of 66 papers");
    const link = await copyLink(page, shareButton(page.getByRole("complementary")));
    expect(pathOf(link)).toBe("/papers/multibooth?modality=image");

    const reopened = await app.open(pathOf(link));
    await reopened.getByRole("heading", { level: 2, name: "MultiBooth", exact: true }).waitFor();
    await status(reopened, "26 of 66 papers");
  });

  it("copies a comparison with its papers and hidden rows, not the table's search", async () => {
    const page = await openWithClipboard("/compare?ids=multibooth,moa&q=speech&chapter=audio");
    const hide = page.getByRole("switch", { name: "Hide rows that are the same for all" });
    await hide.check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("hide") === "same");
    await page.getByRole("status").getByText("6 rows hidden").waitFor();
    const link = await copyLink(page, shareButton(page.getByRole("main")));
    expect(pathOf(link)).toBe("/compare?ids=multibooth,moa&hide=same");

    const reopened = await app.open(pathOf(link));
    await reopened.getByRole("status").getByText("6 rows hidden").waitFor();
    expect(await reopened.getByRole("switch", { name: "Hide rows that are the same for all" }).isChecked()).toBe(true);
    expect(await reopened.getByRole("columnheader").getByRole("link").allTextContents()).toEqual(["MultiBooth", "MoA"]);
  });

  it("keeps hidden rows in the comparison's URL: reload, then show them again", async () => {
    const page = await app.open("/compare?ids=multibooth,moa&hide=same");
    await page.getByRole("status").getByText("6 rows hidden").waitFor();
    await page.reload();
    const hide = page.getByRole("switch", { name: "Hide rows that are the same for all" });
    await page.getByRole("status").getByText("6 rows hidden").waitFor();
    await hide.uncheck();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("hide"));
    await page.getByRole("rowheader", { name: /^Chapter/ }).waitFor();
  });

  it("names a hide value it does not know and shows every row", async () => {
    const page = await app.open("/compare?ids=multibooth,moa&hide=all");
    await page
      .getByRole("alert")
      .getByText(/“all” is not a way to hide rows/)
      .waitFor();
    await page.getByRole("rowheader", { name: /^Chapter/ }).waitFor();
  });

  it("copies the overview's filters but not the table's order", async () => {
    const page = await openWithClipboard("/stats?kind=method&sort=name.asc&group=chapter");
    const summary = page.getByText(/^Charts of the \d+ papers matching the current filters/);
    const text = await summary.textContent();
    const link = await copyLink(page, shareButton(page.getByRole("main")));
    expect(pathOf(link)).toBe("/stats?kind=method");

    const reopened = await app.open(pathOf(link));
    await reopened.getByText(text ?? "?", { exact: true }).waitFor();
  });

  it("shows the link as a QR code and as text", async () => {
    const page = await openWithClipboard("/?kind=survey");
    await shareButton(page.getByRole("main")).click();
    await page.getByRole("menuitem", { name: "QR code…" }).click();
    const dialog = page.getByRole("dialog", { name: "Open this page on another device" });
    await dialog.getByRole("img", { name: "QR code of the link" }).waitFor();
    expect(await dialog.getByRole("textbox", { name: "Link" }).inputValue()).toBe(`${baseUrl}/?kind=survey`);
    await dialog.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => clipboard(page)).toBe(`${baseUrl}/?kind=survey`);
  });
});

describe("the papers filter", () => {
  it("shows exactly the listed papers with a chip, names unknown ids, and clears", async () => {
    const page = await app.open("/?papers=covomix,wavllm,nope");
    await status(page, "2 of 66 papers");
    await page.getByRole("alert").getByText("“nope” is not a valid value for papers.").waitFor();
    for (const name of ["CoVoMix", "WavLLM"])
      await page.getByRole("row", { name: new RegExp(`^Select ${name}`) }).waitFor();
    // The unknown id is named in the notice, not in the chip: it filters nothing.
    await page.getByRole("button", { name: "Papers: CoVoMix or WavLLM", exact: true }).click();
    await status(page, "66 of 66 papers");
    await eventually("papers in the URL", () => new URL(page.url()).searchParams.has("papers")).toBe(false);
  });

  it("is what “Share these papers” in the compare tray links to", async () => {
    const page = await openWithClipboard("/?chapter=audio");
    for (const name of ["CoVoMix", "WavLLM"]) {
      await page.getByRole("checkbox", { name: `Select ${name} for comparison` }).check();
    }
    const tray = page.getByRole("region", { name: "Compare tray" });
    const link = await copyLink(page, tray.getByRole("button", { name: "Share these papers" }));
    expect(pathOf(link)).toBe("/?papers=covomix,wavllm");

    const reopened = await app.open(pathOf(link));
    await status(reopened, "2 of 66 papers");
    await reopened.getByRole("button", { name: "Papers: CoVoMix or WavLLM" }).waitFor();
  });

  it("in Chinese, the chip names the papers", async () => {
    const page = await app.open("/?papers=covomix,wavllm", { locale: "zh-CN" });
    await page.getByRole("button", { name: /^论文：CoVoMix或WavLLM/ }).waitFor();
  });
});

describe("saved views", () => {
  it("copies a saved view's link, which opens the view", async () => {
    const page = await openWithClipboard("/?kind=benchmark&sort=name.asc");
    await status(page, "6 of 66 papers");
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("textbox", { name: "Name" }).fill("Benchmarks by name");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("button", { name: "Copy the link of Benchmarks by name" }).click();
    await page.getByRole("alert").filter({ hasText: "Link copied" }).waitFor();
    await expect.poll(() => clipboard(page)).toBe(`${baseUrl}/?kind=benchmark&sort=name.asc`);

    const reopened = await app.open(pathOf(await clipboard(page)));
    await status(reopened, "6 of 66 papers");
  });
});
