import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupApp } from "./support/browser";

const app = setupApp();

const palette = (page: Page) => page.getByRole("combobox", { name: "Quick find" });
const results = (page: Page) => page.getByRole("listbox", { name: "Results" });

async function ready(page: Page) {
  await page
    .getByRole("status")
    .getByText(/of 66 papers/)
    .waitFor();
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
    await page.waitForURL((url) => url.pathname === "/papers/multibooth");
    expect(new URL(page.url()).search).toBe("?modality=image");
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
    const highlighted = (id: string) =>
      page.waitForFunction(
        (expected) => document.querySelector('[role="combobox"]')?.getAttribute("aria-activedescendant") === expected,
        id,
      );
    // The first result is highlighted once the results arrive; ↓ moves to the second.
    await highlighted("quick-find-option-0");
    await page.keyboard.press("ArrowDown");
    await highlighted("quick-find-option-1");
    expect(await options.nth(1).getAttribute("aria-selected")).toBe("true");
    const second = (await options.nth(1).locator(".mantine-Spotlight-actionLabel").textContent()) ?? "";
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname.startsWith("/papers/"));
    await page.getByRole("heading", { level: 2, name: second, exact: true }).waitFor();
  });

  it("leaves / and ? alone while typing in a text field", async () => {
    const page = await app.open("/");
    await ready(page);
    const search = page.getByRole("searchbox", { name: "Search papers" });
    await search.click();
    await page.keyboard.type("a/b?");
    expect(await search.inputValue()).toBe("a/b?");
    expect(await page.getByRole("dialog").count()).toBe(0);
  });

  it("offers the main actions: overview, theme and language", async () => {
    const page = await app.open("/?chapter=video");
    await ready(page);
    await page.getByRole("button", { name: "Search papers and actions" }).click();
    await palette(page).fill("overview");
    await results(page).getByRole("option", { name: "Go to the overview" }).click();
    await page.waitForURL((url) => url.pathname === "/stats" && url.search === "?chapter=video");

    await page.keyboard.press("Control+k");
    await palette(page).fill("dark");
    await results(page).getByRole("option", { name: "Switch to dark mode" }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe("dark");

    await page.keyboard.press("Control+k");
    await palette(page).fill("chinese");
    await results(page).getByRole("option", { name: "Switch to Chinese (中文)" }).click();
    await page.getByRole("heading", { name: "各章节论文数" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "各章节论文数" }).waitFor();
  });

  it("opens a saved view", async () => {
    const page = await app.open("/");
    await ready(page);
    await page.evaluate(() =>
      localStorage.setItem(
        "paper-explorer:saved-views",
        JSON.stringify({
          version: 1,
          data: [{ id: "v1", name: "Speech in audio", search: "?chapter=audio&q=speech", createdAt: 1 }],
        }),
      ),
    );
    await page.reload();
    await ready(page);
    await page.keyboard.press("/");
    await palette(page).fill("speech in");
    await results(page)
      .getByRole("group", { name: "Saved views" })
      .getByRole("option", { name: /Speech in audio/ })
      .click();
    await page.waitForURL((url) => url.search === "?q=speech&chapter=audio");
  });

  it("lists every shortcut when ? is pressed", async () => {
    const page = await app.open("/");
    await ready(page);
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
      expect(await help.getByRole("cell", { name: does, exact: true }).count()).toBe(1);
    }
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "detached" });
  });
});
