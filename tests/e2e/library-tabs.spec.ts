import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, setupApp } from "./support/browser";
import { eventually, expectEventually } from "./support/expect-eventually";
import { storageEventValve } from "./support/storage-event-valve";
import { fixture } from "./support/test-datasets";

const app = setupApp();

/**
 * A second tab of the same browser (same context, so the same storage), its errors failing the
 * test; `beforeLoad` prepares the page before it opens `path`.
 */
async function secondTab(
  path: string,
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<{ page: Page; errors: string[] }> {
  const page = await app.context().newPage();
  await beforeLoad?.(page);
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(baseUrl + path);
  return { page, errors };
}

const ready = (page: Page) => page.getByRole("status").getByText(fixture.countLine()).waitFor();
const star = (page: Page, name: string) => page.getByRole("button", { name: `Star ${name}`, exact: true });
const tagsOf = (page: Page) => page.getByTestId("library-section").getByRole("combobox", { name: "Tags" });
const tray = (page: Page) => page.getByRole("region", { name: "Compare tray" });

async function tag(page: Page, value: string) {
  await tagsOf(page).fill(value);
  await tagsOf(page).press("Enter");
}

async function saveView(page: Page, name: string) {
  await page.getByRole("button", { name: "Saved views" }).click();
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText(`Saved “${name}”.`).waitFor();
  await closeSavedViews(page);
}

async function closeSavedViews(page: Page) {
  await page.getByRole("button", { name: "Saved views" }).click();
  await expectEventually(page.getByRole("textbox", { name: "Name" })).toBeHidden();
}

/** The saved views a tab lists, read again until they are these. */
async function expectSavedViews(page: Page, names: string[]) {
  await page.getByRole("button", { name: "Saved views" }).click();
  const links = page.getByRole("link", { name: /^Open / });
  await eventually("saved views listed", async () => (await links.allTextContents()).sort()).toEqual(names);
  await closeSavedViews(page);
}

/** Both tabs' library edits, as one tab sees them. */
async function expectBothEdits(page: Page) {
  await expectEventually(star(page, "MultiBooth")).toHaveAttribute("aria-pressed", "true");
  await expectEventually(star(page, "SpeechCodec")).toHaveAttribute("aria-pressed", "true");
  await expectEventually(star(page, "LazyDiffusion")).toHaveAttribute("aria-pressed", "true");
  await expectEventually(page.getByRole("checkbox", { name: /^Read, 1 paper$/ })).toHaveCount(1);
  await expectEventually(page.getByRole("checkbox", { name: /^survey, 1 paper$/ })).toHaveCount(1);
  await expectEventually(page.getByRole("checkbox", { name: /^rl, 1 paper$/ })).toHaveCount(1);
}

/** Both tabs' comparison picks, as one tab sees them. */
async function expectBothPicks(page: Page) {
  await expectEventually(page.getByRole("checkbox", { name: "Select MultiBooth for comparison" })).toBeChecked();
  await expectEventually(page.getByRole("checkbox", { name: "Select SpeechCodec for comparison" })).toBeChecked();
  await expectEventually(tray(page)).toHaveText(/MultiBooth.*SpeechCodec|SpeechCodec.*MultiBooth/);
}

describe("two tabs of one browser", () => {
  it("keep both tabs' stars, tags and statuses, live and after reload", async () => {
    const a = await app.open(fixture.url("/papers/lazydiffusion"));
    const { page: b, errors } = await secondTab(fixture.url("/papers/speech-codec"));
    await Promise.all([ready(a), ready(b)]);

    // At the same time: each tab stars and tags papers, and both edit LazyDiffusion (one its tags
    // and status, the other its star): one record, different fields, all kept.
    await Promise.all([
      (async () => {
        await star(a, "MultiBooth").click();
        await tag(a, "survey");
        await a.getByTestId("library-section").getByRole("combobox", { name: "Reading status" }).selectOption("read");
      })(),
      (async () => {
        await star(b, "SpeechCodec").click();
        await tag(b, "rl");
        await star(b, "LazyDiffusion").click();
      })(),
    ]);
    // Each tab sees the other's changes without a reload.
    await expectBothEdits(a);
    await expectBothEdits(b);
    // And storage holds all of it.
    await Promise.all([a.reload(), b.reload()]);
    await Promise.all([ready(a), ready(b)]);
    await expectBothEdits(a);
    await expectBothEdits(b);
    expect(errors).toEqual([]);
  });

  it("keep both tabs' saved views, live and after reload", async () => {
    const a = await app.open(fixture.url("/"));
    const { page: b, errors } = await secondTab(fixture.url("/?sort=name.desc"));
    await Promise.all([ready(a), ready(b)]);
    // Both tabs loaded the (empty) list before either saved: neither may write its old list over the other's.
    // (A tab in the background runs its timers slowly, so each saves while in front.)
    await a.bringToFront();
    await saveView(a, "From tab A");
    await b.bringToFront();
    await saveView(b, "From tab B");
    await expectSavedViews(b, ["From tab A", "From tab B"]);
    await a.bringToFront();
    await expectSavedViews(a, ["From tab A", "From tab B"]);
    await Promise.all([a.reload(), b.reload()]);
    await Promise.all([ready(a), ready(b)]);
    await expectSavedViews(a, ["From tab A", "From tab B"]);
    await b.bringToFront();
    await expectSavedViews(b, ["From tab A", "From tab B"]);
    expect(errors).toEqual([]);
  });

  it("keep both tabs' comparison picks, live and after reload", async () => {
    const a = await app.open(fixture.url("/"));
    const { page: b, errors } = await secondTab(fixture.url("/?sort=name.desc"));
    await Promise.all([ready(a), ready(b)]);
    await Promise.all([
      a.getByRole("checkbox", { name: "Select MultiBooth for comparison" }).check(),
      b.getByRole("checkbox", { name: "Select SpeechCodec for comparison" }).check(),
    ]);
    await expectBothPicks(a);
    await expectBothPicks(b);
    await Promise.all([a.reload(), b.reload()]);
    await Promise.all([ready(a), ready(b)]);
    await expectBothPicks(a);
    await expectBothPicks(b);
    expect(errors).toEqual([]);
  });

  it("picking the fifth paper in two tabs at the same moment: the later pick steps out in both", async () => {
    const a = await app.open("/?chapter=text-to-image");
    let storage: Awaited<ReturnType<typeof storageEventValve>> | undefined;
    const { page: b, errors } = await secondTab("/?chapter=text-to-image", async (page) => {
      storage = await storageEventValve(page);
    });
    const pick = (page: Page, name: string) =>
      page.getByRole("checkbox", { name: `Select ${name} for comparison` }).check();
    const picked = (page: Page, name: string) => page.getByRole("checkbox", { name: `Select ${name} for comparison` });
    await a.bringToFront();
    for (const name of ["MultiBooth", "ID-Aligner", "LazyDiffusion"]) await pick(a, name);
    await expectEventually(tray(b)).toContainText("To compare (3/4)");
    // Each tab fills the tray's last place before it hears of the other's pick.
    await storage?.hold();
    await pick(a, "MoA");
    await b.bringToFront();
    await pick(b, "ControlNet++");
    await storage?.release();

    for (const page of [a, b]) {
      await page.bringToFront();
      await expectEventually(tray(page)).toContainText("To compare (4/4)");
      await expectEventually(picked(page, "MoA")).toBeChecked();
      await expectEventually(picked(page, "ControlNet++")).toBeChecked({ checked: false });
    }
    await Promise.all([a.reload(), b.reload()]);
    for (const page of [a, b]) {
      await expectEventually(tray(page)).toContainText("To compare (4/4)");
      await expectEventually(picked(page, "MoA")).toBeChecked();
      await expectEventually(picked(page, "ControlNet++")).toBeChecked({ checked: false });
    }
    // The pick that stepped out is gone, not waiting for a place: a freed place stays free.
    await a.bringToFront();
    await picked(a, "MultiBooth").uncheck();
    for (const page of [a, b]) {
      await page.bringToFront();
      await expectEventually(tray(page)).toContainText("To compare (3/4)");
      await expectEventually(picked(page, "ControlNet++")).toBeChecked({ checked: false });
    }
    expect(errors).toEqual([]);
  });

  it("shows another tab's note edit, and removing a pick in one tab removes it in the other", async () => {
    const a = await app.open(fixture.url("/papers/lazydiffusion"));
    const { page: b, errors } = await secondTab(fixture.url("/papers/lazydiffusion"));
    await Promise.all([ready(a), ready(b)]);
    const section = a.getByTestId("library-section");
    await section.getByRole("textbox", { name: "Note" }).fill("Shared between tabs");
    await section.getByRole("button", { name: "Save note" }).click();
    await expectEventually(b.getByTestId("library-section").getByText("Shared between tabs")).toBeVisible();

    await a.getByRole("checkbox", { name: "Select LazyDiffusion for comparison" }).check();
    await expectEventually(b.getByRole("checkbox", { name: "Select LazyDiffusion for comparison" })).toBeChecked();
    await b.getByRole("checkbox", { name: "Select LazyDiffusion for comparison" }).uncheck();
    await expectEventually(a.getByRole("checkbox", { name: "Select LazyDiffusion for comparison" })).toBeChecked({
      checked: false,
    });
    expect(errors).toEqual([]);
  });
});
