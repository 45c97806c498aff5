import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupApp } from "./support/browser";
import { expectEventually } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

const ready = (page: Page) => page.getByRole("status").getByText(fixture.countLine()).waitFor();
const section = (page: Page) => page.getByTestId("library-section");

async function tagPaper(page: Page, name: string, tag: string) {
  await page.getByRole("row", { name: new RegExp(name) }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
  const tags = section(page).getByRole("combobox", { name: "Tags" });
  await tags.fill(tag);
  await tags.press("Enter");
  await section(page).getByText(tag, { exact: true }).waitFor();
}

describe("tags and notes", () => {
  it("renames a tag and deletes it on every paper from the Library menu", async () => {
    const page = await app.open(fixture.url("/"));
    await ready(page);
    await tagPaper(page, "MultiBooth", "survey");
    await tagPaper(page, "SpeechCodec", "survey");
    await expectEventually(page.getByRole("checkbox", { name: /^survey, 2 papers$/ })).toHaveCount(1);

    await page.getByRole("button", { name: "Library", exact: true }).click();
    const menu = page.getByRole("dialog", { name: "Your library" });
    await menu.getByRole("button", { name: "Rename survey" }).click();
    await menu.getByRole("textbox", { name: "New name for survey" }).fill("review");
    await menu.getByRole("button", { name: "Rename", exact: true }).click();
    await menu.getByText("Renamed on 2 papers.").waitFor();
    await expectEventually(page.getByRole("checkbox", { name: /^review, 2 papers$/ })).toHaveCount(1);
    await expectEventually(page.getByRole("checkbox", { name: /^survey,/ })).toHaveCount(0);

    await menu.getByRole("button", { name: "Delete review from every paper" }).click();
    await menu.getByText("Delete review from 2 papers?").waitFor();
    await menu.getByRole("button", { name: "Delete", exact: true }).click();
    await menu.getByText("Deleted from 2 papers.").waitFor();
    await expectEventually(page.getByRole("checkbox", { name: /^review,/ })).toHaveCount(0);
  });

  it("edits a tag's name in place as saved views do: selected, checked as typed, Escape keeps the menu", async () => {
    const page = await app.open(fixture.url("/"));
    await ready(page);
    await tagPaper(page, "MultiBooth", "survey");
    await page.getByRole("button", { name: "Library", exact: true }).click();
    const menu = page.getByRole("dialog", { name: "Your library" });
    await menu.getByRole("button", { name: "Rename survey" }).click();
    const field = menu.getByRole("textbox", { name: "New name for survey" });
    await expectEventually(field).toBeFocused();
    // The old name is selected, so typing replaces it; a name that cannot be a tag says so at once.
    await page.keyboard.type("bad tag!");
    await expectEventually(field).toHaveValue("bad tag!");
    await menu.getByText("A tag is letters, digits and - _ . + (at most 40 characters).").waitFor();
    await expectEventually(menu.getByRole("button", { name: "Rename", exact: true })).toBeDisabled();
    // Escape ends the rename, not the menu; focus goes back to the tag's Rename button.
    await field.press("Escape");
    await expectEventually(menu.getByRole("button", { name: "Rename survey" })).toBeFocused();
    await expectEventually(menu).toBeVisible();
    await expectEventually(page.getByRole("checkbox", { name: /^survey, 1 paper$/ })).toHaveCount(1);

    await menu.getByRole("button", { name: "Rename survey" }).press("Enter");
    await expectEventually(field).toBeFocused();
    await page.keyboard.type("review");
    await page.keyboard.press("Enter");
    await menu.getByText("Renamed on 1 paper.").waitFor();
    await expectEventually(menu.getByRole("button", { name: "Rename review" })).toBeFocused();
    await expectEventually(page.getByRole("checkbox", { name: /^review, 1 paper$/ })).toHaveCount(1);
  });

  it("shows a note as text with http(s) links only, never markup", async () => {
    const page = await app.open(fixture.url("/papers/multibooth"));
    await ready(page);
    const note = [
      "See [the code](https://example.org/code) and https://example.org/paper.",
      "<b>not bold</b> [bad](javascript:alert(1)) <img src=x onerror=alert(1)>",
    ].join("\n\n");
    await section(page).getByRole("textbox", { name: "Note" }).fill(note);
    await section(page).getByRole("button", { name: "Save note" }).click();
    await section(page).getByRole("button", { name: "Edit note" }).waitFor();
    const links = section(page).getByRole("link");
    await expectEventually(links).toHaveCount(2);
    expect(await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")))).toEqual([
      "https://example.org/code",
      "https://example.org/paper",
    ]);
    await section(page).getByText("<b>not bold</b> [bad](javascript:alert(1))", { exact: false }).waitFor();
    expect(await section(page).locator("b, img").count()).toBe(0);
  });
});
