import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

const palette = (page: Page) => page.getByRole("combobox", { name: "Quick find" });
const results = (page: Page) => page.getByRole("listbox", { name: "Results" });

async function ready(page: Page, countLine: string | RegExp = /of 66 papers/) {
  await page.getByRole("status").getByText(countLine).waitFor();
}

describe("quick find", () => {
  it("finds a paper by a Chinese query and opens it beside the current view", async () => {
    const page = await app.open("/?modality=image");
    await ready(page);
    await page.keyboard.press("Control+k");
    await palette(page).waitFor();
    await palette(page).fill("清华");
    const option = results(page).getByRole("option", { name: /^MultiBooth/ });
    await option.click();
    await expectPage(page).toHavePath("/papers/multibooth");
    await expectPage(page).toHaveSearch("?modality=image");
    await page.getByRole("heading", { level: 2, name: "MultiBooth", exact: true }).waitFor();
    await palette(page).waitFor({ state: "detached" });
  });

  it("opens with / and picks the highlighted result with the keyboard", async () => {
    const page = await app.open("/stats");
    await page.getByText("Charts of all 66 papers.").waitFor();
    await page.keyboard.press("/");
    await palette(page).pressSequentially("文生图");
    const options = results(page).getByRole("option");
    await options.nth(1).waitFor();
    const highlighted = (id: string) => expectEventually(palette(page)).toHaveAttribute("aria-activedescendant", id);
    // The first result is highlighted once the results arrive; ↓ moves to the second.
    await highlighted("quick-find-option-0");
    await page.keyboard.press("ArrowDown");
    await highlighted("quick-find-option-1");
    await expectEventually(options.nth(1)).toHaveAttribute("aria-selected", "true");
    // An option shows its name first, then a description.
    const second = (await options.nth(1).locator(":scope > *").first().textContent()) ?? "";
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname.startsWith("/papers/"));
    await page.getByRole("heading", { level: 2, name: second, exact: true }).waitFor();
  });

  it("keeps every key typed right after Ctrl+K, even before the palette has opened", async () => {
    const page = await app.open("/");
    await page.getByRole("button", { name: "Search papers and actions" }).waitFor();
    await page.keyboard.press("Control+k");
    await page.keyboard.type("flashspeech");
    await expectEventually(palette(page)).toHaveValue("flashspeech");
    await results(page)
      .getByRole("option", { name: /^FlashSpeech/ })
      .waitFor();

    // From the table's search box too: what is typed goes to quick find, not to the box.
    await page.keyboard.press("Escape");
    await palette(page).waitFor({ state: "detached" });
    const search = page.getByRole("searchbox", { name: "Search papers" });
    await search.click();
    await page.keyboard.press("Control+k");
    await page.keyboard.type("mupt");
    await expectEventually(palette(page)).toHaveValue("mupt");
    await results(page).getByRole("option", { name: /^MuPT/ }).waitFor();
    await expectEventually(search).toHaveValue("");
  });

  it("leaves / and ? alone while typing in a text field", async () => {
    const page = await app.open(fixture.url("/"));
    await ready(page, fixture.countLine());
    const search = page.getByRole("searchbox", { name: "Search papers" });
    await search.click();
    await page.keyboard.type("a/b?");
    await expectEventually(search).toHaveValue("a/b?");
    await expectEventually(page.getByRole("dialog")).toHaveCount(0);
  });

  it("offers the main actions: overview, theme and language", async () => {
    const page = await app.open(fixture.url("/?chapter=audio"));
    await ready(page, fixture.countLine(1));
    await page.getByRole("button", { name: "Search papers and actions" }).click();
    await palette(page).fill("overview");
    await results(page).getByRole("option", { name: "Go to the overview" }).click();
    await expectPage(page).toHaveAddress(fixture.url("/stats?chapter=audio"));

    await page.keyboard.press("Control+k");
    await palette(page).fill("dark");
    await results(page).getByRole("option", { name: "Switch to dark mode" }).click();
    await eventually("colour scheme", () =>
      page.evaluate(() => document.documentElement.dataset.mantineColorScheme),
    ).toBe("dark");

    await page.keyboard.press("Control+k");
    await palette(page).fill("chinese");
    await results(page).getByRole("option", { name: "Switch to Chinese (中文)" }).click();
    await page.getByRole("heading", { name: "各章节论文数" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "各章节论文数" }).waitFor();
  });

  it("opens a saved view", async () => {
    const page = await app.open(fixture.url("/"));
    await ready(page, fixture.countLine());
    const view = fixture.url("/?q=speech&chapter=audio");
    await page.evaluate(
      (search) =>
        localStorage.setItem(
          "paper-explorer:saved-views",
          JSON.stringify({ version: 1, data: [{ id: "v1", name: "Speech in audio", search, createdAt: 1 }] }),
        ),
      view.slice(1),
    );
    await page.reload();
    await ready(page, fixture.countLine());
    await page.keyboard.press("/");
    await palette(page).fill("speech in");
    await results(page)
      .getByRole("group", { name: "Saved views" })
      .getByRole("option", { name: /Speech in audio/ })
      .click();
    await expectPage(page).toHaveAddress(view);
  });

  it("lists every shortcut when ? is pressed", async () => {
    const page = await app.open(fixture.url("/"));
    await ready(page, fixture.countLine());
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await help.waitFor();
    for (const section of ["Anywhere", "In quick find", "In the papers table", "With a paper open"]) {
      await help.getByRole("heading", { name: section }).waitFor();
    }
    for (const does of [
      "Open quick find",
      "Show this list",
      "Move between rows",
      "Open the paper",
      "Select or unselect it for comparison",
      "Next paper",
      "Previous paper",
      "Close the paper",
    ]) {
      await expectEventually(help.getByRole("cell", { name: does, exact: true })).toHaveCount(1);
    }
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "detached" });
  });
});
