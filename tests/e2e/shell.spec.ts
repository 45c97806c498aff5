import { describe, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

describe("app shell", () => {
  it("loads the papers, opens one and comes back, with the page title following", async () => {
    const page = await app.open("/");
    await page.getByRole("row", { name: /MultiBooth/ }).waitFor();
    await expectPage(page).toHaveTitle("Papers · Paper Explorer");
    await expectEventually(page.getByRole("link", { name: "Paper Explorer" })).toBeVisible();
    await expectEventually(page.getByText("66 of 66 papers")).toBeVisible();

    await page
      .getByRole("row", { name: /MultiBooth/ })
      .getByText("MultiBooth", { exact: true })
      .click();
    await expectPage(page).toHaveAddress("/papers/multibooth");
    await page.getByRole("heading", { name: "MultiBooth", level: 2 }).waitFor();
    await expectPage(page).toHaveTitle("MultiBooth · Paper Explorer");

    await page.goBack();
    await expectPage(page).toHavePath("/");
    await expectPage(page).toHaveTitle("Papers · Paper Explorer");
  });

  it("marks Papers as the current page in the navigation, with a paper open too", async () => {
    const page = await app.open("/papers/multibooth");
    const nav = page.getByRole("navigation", { name: "Main" });
    await page.getByRole("heading", { name: "MultiBooth", level: 2 }).waitFor();
    await expectEventually(nav.getByRole("link", { name: "Papers" })).toHaveAttribute("aria-current", "page");
    await expectEventually(nav.getByRole("link", { name: "Compare" })).toHaveAttribute("aria-current", null);
    await nav.getByRole("link", { name: "Overview" }).click();
    await expectEventually(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
    await expectEventually(nav.getByRole("link", { name: "Papers" })).toHaveAttribute("aria-current", null);
  });

  it("shows a not-found page with a way back for an unknown path", async () => {
    const page = await app.open("/no/such/page");
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await expectPage(page).toHaveTitle("Page not found · Paper Explorer");
    await page.getByRole("link", { name: "Back to the papers" }).click();
    await page.getByRole("row", { name: /MultiBooth/ }).waitFor();
  });

  it("follows the browser language and remembers a switch", async () => {
    const page = await app.open(fixture.url("/"), { locale: "zh-CN" });
    const papers = fixture.dataset.papers.length;
    await page.getByText(`共 ${papers} 篇，显示 ${papers} 篇`).waitFor();
    await eventually("document language", () => page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await page.getByText("EN", { exact: true }).click();
    await page.getByText(fixture.countLine()).waitFor();
    await page.reload();
    await page.getByText(fixture.countLine()).waitFor();
  });

  it("toggles dark mode and remembers it", async () => {
    const page = await app.open(fixture.url("/"));
    const scheme = () => page.evaluate(() => document.documentElement.dataset.mantineColorScheme);
    await eventually("colour scheme", scheme).toBe("light");
    await page.getByRole("button", { name: "Switch to dark mode" }).click();
    await eventually("colour scheme", scheme).toBe("dark");
    await page.reload();
    await page.getByRole("button", { name: "Switch to light mode" }).waitFor();
    await eventually("colour scheme", scheme).toBe("dark");
  });
});
