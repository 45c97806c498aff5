import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";
import { storageEventValve } from "./support/storage-event-valve";
import { fixture } from "./support/test-datasets";

const app = setupApp();

const ready = (page: Page) =>
  page
    .getByRole("status")
    .getByText(/ of \d+ papers$/)
    .waitFor();
const openMenu = (page: Page) => page.getByRole("button", { name: "Saved views" }).click();
// Only shown while the menu is open (the menu's dropdown and its content are both dialogs of its name).
const menuField = (page: Page) => page.getByRole("textbox", { name: "Name" });

/** Saves the page's view under `name` from the open Saved views menu. */
async function saveView(page: Page, name: string) {
  await menuField(page).fill(name);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText(`Saved “${name}”.`).waitFor();
}

/** The names the open menu lists, read again until they are these (in any order). */
async function expectListed(page: Page, names: string[]) {
  const links = page.getByRole("link", { name: /^Open / });
  await eventually("saved views listed", async () => (await links.allTextContents()).sort()).toEqual([...names].sort());
}

describe("saved views", () => {
  it("saves the current view, keeps it across reloads and reopens it", async () => {
    const view = fixture.url("/?q=speech&chapter=audio");
    const page = await app.open(view);
    await page
      .getByRole("status")
      .getByText(/ of \d+ papers$/)
      .waitFor();
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("textbox", { name: "Name" }).fill("Speech in audio");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved “Speech in audio”.").waitFor();

    await page.goto(baseUrl + fixture.url("/"));
    await page.getByRole("status").getByText(fixture.countLine()).waitFor();
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("link", { name: "Open Speech in audio" }).click();
    await expectPage(page).toHaveAddress(view);
    await expectEventually(page.getByRole("searchbox", { name: "Search papers" })).toHaveValue("speech");

    // A second view of the same name could not be told apart in the list: the form says so.
    await page.getByRole("button", { name: "Saved views" }).click();
    const name = page.getByRole("textbox", { name: "Name" });
    await name.fill("speech IN audio ");
    await page.getByText("A view named “speech IN audio” is saved already: choose another name.").waitFor();
    await expectEventually(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
    await name.fill("Speech in audio, again");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved “Speech in audio, again”.").waitFor();
  });

  it("exports views to a file and imports them into another browser", async () => {
    const view = fixture.url("/?kind=benchmark");
    const page = await app.open(view);
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("textbox", { name: "Name" }).fill("Benchmarks");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export views" }).click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, "utf8"));
    expect(exported.views.map((view: { name: string }) => view.name)).toEqual(["Benchmarks"]);

    const other = await app.browser().newContext();
    const second = await other.newPage();
    await second.goto(baseUrl + fixture.url("/"));
    await second.getByRole("button", { name: "Saved views" }).click();
    const [chooser] = await Promise.all([
      second.waitForEvent("filechooser"),
      second.getByRole("button", { name: "Import views…" }).click(),
    ]);
    await chooser.setFiles(file);
    await second.getByText("Imported 1 view.").waitFor();
    await second.getByRole("link", { name: "Open Benchmarks" }).click();
    await expectPage(second).toHaveAddress(view);
    await other.close();
  });

  it("renames a view from the keyboard, keeping what it opens, across reloads", async () => {
    const view = fixture.url("/?chapter=audio");
    const page = await app.open(view);
    await ready(page);
    await openMenu(page);
    await saveView(page, "Audio papers");
    await page.getByRole("button", { name: "Rename Audio papers" }).press("Enter");
    const field = page.getByRole("textbox", { name: "New name for Audio papers" });
    await expectEventually(field).toBeFocused();
    // The old name is selected, so typing replaces it.
    await page.keyboard.type("Sound");
    await expectEventually(field).toHaveValue("Sound");
    await page.keyboard.press("Enter");
    await expectEventually(page.getByRole("button", { name: "Rename Sound" })).toBeFocused();
    await expectListed(page, ["Sound"]);

    await page.goto(baseUrl + fixture.url("/"));
    await ready(page);
    await openMenu(page);
    await expectListed(page, ["Sound"]);
    await page.getByRole("link", { name: "Open Sound" }).click();
    await expectPage(page).toHaveAddress(view);
  });

  it("Escape cancels a rename and leaves the menu open", async () => {
    const page = await app.open(fixture.url("/?chapter=audio"));
    await ready(page);
    await openMenu(page);
    await saveView(page, "Audio papers");
    await page.getByRole("button", { name: "Rename Audio papers" }).click();
    const field = page.getByRole("textbox", { name: "New name for Audio papers" });
    await field.fill("Something else");
    await field.press("Escape");
    await expectEventually(page.getByRole("button", { name: "Rename Audio papers" })).toBeFocused();
    await expectEventually(menuField(page)).toBeVisible();
    await expectListed(page, ["Audio papers"]);
    // Escape now closes the menu, as it does when nothing is being renamed.
    await page.keyboard.press("Escape");
    await expectEventually(menuField(page)).toBeHidden();
  });

  it("refuses a name another view has, with the form's message, and keeps the old name", async () => {
    const page = await app.open(fixture.url("/?chapter=audio"));
    await ready(page);
    await openMenu(page);
    await saveView(page, "Audio papers");
    await saveView(page, "Benchmarks");
    await page.getByRole("button", { name: "Rename Benchmarks" }).click();
    const field = page.getByRole("textbox", { name: "New name for Benchmarks" });
    await field.fill(" audio PAPERS");
    await page.getByText("A view named “audio PAPERS” is saved already: choose another name.").waitFor();
    const rename = page.getByRole("form", { name: "Rename Benchmarks" });
    await expectEventually(rename.getByRole("button", { name: "Save" })).toBeDisabled();
    await field.press("Enter");
    await rename.getByRole("button", { name: "Cancel" }).click();
    await expectEventually(page.getByRole("button", { name: "Rename Benchmarks" })).toBeFocused();
    await expectListed(page, ["Audio papers", "Benchmarks"]);

    await page.reload();
    await ready(page);
    await openMenu(page);
    await expectListed(page, ["Audio papers", "Benchmarks"]);
  });

  it("shows a rename in another tab, and keeps what that tab saved meanwhile", async () => {
    const page = await app.open(fixture.url("/?chapter=audio"));
    await ready(page);
    await openMenu(page);
    await saveView(page, "Audio papers");
    const other = await app.context().newPage();
    const errors: string[] = [];
    other.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    other.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    await other.goto(baseUrl + fixture.url("/?kind=benchmark"));
    await ready(other);
    await openMenu(other);
    await expectListed(other, ["Audio papers"]);

    // A tab in the background runs its timers slowly: each acts while in front.
    await page.bringToFront();
    await page.getByRole("button", { name: "Rename Audio papers" }).click();
    await page.getByRole("textbox", { name: "New name for Audio papers" }).fill("Sound");
    await page.getByRole("form", { name: "Rename Audio papers" }).getByRole("button", { name: "Save" }).click();
    await expectListed(page, ["Sound"]);
    await other.bringToFront();
    await expectListed(other, ["Sound"]);
    await saveView(other, "Benchmarks");
    await page.bringToFront();
    await expectListed(page, ["Benchmarks", "Sound"]);
    expect(errors).toEqual([]);
  });

  it("gives two views saved under one name in two tabs at the same moment names of their own", async () => {
    const page = await app.open(fixture.url("/?chapter=audio"));
    await ready(page);
    const other = await app.context().newPage();
    const storage = await storageEventValve(other);
    await other.goto(baseUrl + fixture.url("/?kind=benchmark"));
    await ready(other);
    // The second tab hears of the first tab's save only once it has saved its own view.
    await storage.hold();

    await page.bringToFront();
    await openMenu(page);
    await saveView(page, "Audio");
    await other.bringToFront();
    await openMenu(other);
    await saveView(other, "audio");
    await storage.release();

    // Both tabs list the two views, each under a name of its own, and keep them across a reload.
    await expectListed(other, ["Audio", "audio (2)"]);
    await page.bringToFront();
    await expectListed(page, ["Audio", "audio (2)"]);
    await page.reload();
    await ready(page);
    await openMenu(page);
    await expectListed(page, ["Audio", "audio (2)"]);
  });
});
