import { describe, expect, it } from "vitest";
import { setupApp } from "./support/browser";

const app = setupApp();

describe("app shell", () => {
  it("loads the papers, opens one and comes back, with the page title following", async () => {
    const page = await app.open("/");
    await page.getByRole("row", { name: /MultiBooth/ }).waitFor();
    expect(await page.title()).toBe("Papers · Paper Explorer");
    await expect(page.getByRole("link", { name: "Paper Explorer" }).isVisible()).resolves.toBe(true);
    expect(await page.getByText("66 of 66 papers").isVisible()).toBe(true);

    await page.getByRole("row", { name: /MultiBooth/ }).click();
    await page.waitForURL(/\/papers\/multibooth$/);
    await page.getByRole("heading", { name: "MultiBooth", level: 2 }).waitFor();
    expect(await page.title()).toBe("MultiBooth · Paper Explorer");

    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/");
    await page.waitForFunction(() => document.title === "Papers · Paper Explorer");
  });

  it("shows a not-found page with a way back for an unknown path", async () => {
    const page = await app.open("/no/such/page");
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    expect(await page.title()).toBe("Page not found · Paper Explorer");
    await page.getByRole("link", { name: "Back to the papers" }).click();
    await page.getByRole("row", { name: /MultiBooth/ }).waitFor();
  });

  it("follows the browser language and remembers a switch", async () => {
    const page = await app.open("/", { locale: "zh-CN" });
    await page.getByText("共 66 篇,显示 66 篇").waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await page.getByText("EN", { exact: true }).click();
    await page.getByText("66 of 66 papers").waitFor();
    await page.reload();
    await page.getByText("66 of 66 papers").waitFor();
  });

  it("toggles dark mode and remembers it", async () => {
    const page = await app.open("/");
    const scheme = () => page.evaluate(() => document.documentElement.dataset.mantineColorScheme);
    expect(await scheme()).toBe("light");
    await page.getByRole("button", { name: "Switch to dark mode" }).click();
    expect(await scheme()).toBe("dark");
    await page.reload();
    await page.getByRole("button", { name: "Switch to light mode" }).waitFor();
    expect(await scheme()).toBe("dark");
  });
});
