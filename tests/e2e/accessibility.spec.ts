import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";
import { archive } from "./support/test-datasets";
import { TEST_TIMEOUT } from "./support/timeouts";

const app = setupApp();
const AXE_TEST_TIMEOUT = 2 * TEST_TIMEOUT;

const ROUTES = [
  { path: "/?chapter=audio", ready: (page: Page) => page.getByRole("row", { name: /FlashSpeech/ }).waitFor() },
  {
    path: "/papers/multibooth",
    ready: (page: Page) => page.getByRole("heading", { level: 2, name: "MultiBooth" }).waitFor(),
  },
  { path: "/compare?ids=multibooth,id-aligner,moa", ready: (page: Page) => page.getByRole("table").first().waitFor() },
  { path: "/stats", ready: (page: Page) => page.locator("figure").first().waitFor() },
  { path: "/no/such/page", ready: (page: Page) => page.getByRole("link", { name: /Back|返回/ }).waitFor() },
  // An archive of three digests: the digest filter and the "New" marks.
  {
    path: archive.url(`/?digest=${archive.latest}`),
    ready: (page: Page) => page.locator("[data-new-mark]").first().waitFor(),
  },
];

async function seriousViolations(page: Page) {
  // Hover colours are not what a reader sees at rest.
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    );
}

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  // One test per route and appearance, so a failure names the route. An axe pass over a full page
  // takes seconds, and tens of them on a loaded machine: these tests get a longer budget.
  for (const route of ROUTES) {
    for (const colorScheme of ["light", "dark"] as const) {
      for (const locale of ["en-US", "zh-CN"]) {
        it(
          `has no serious or critical violations on ${route.path}, ${colorScheme}, ${locale}`,
          async () => {
            const page = await app.open(route.path, { colorScheme, locale });
            await route.ready(page);
            expect(await seriousViolations(page)).toEqual([]);
          },
          AXE_TEST_TIMEOUT,
        );
      }
    }
  }
});

describe("keyboard", () => {
  it("filters, opens a paper, steps, closes and compares without a mouse", async () => {
    const page = await app.open("/");
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    await page.getByRole("checkbox", { name: /^Text-to-audio,/ }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("status").getByText("9 of 66 papers").waitFor();

    await page.getByRole("row", { name: /FlashSpeech/ }).focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowDown");
    // Focus moves on the next frame, once the row is in view.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("data-paper-id") === "long-form-music-generation",
    );
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");
    await page.getByText(/^Paper \d+ of 9 in the current list$/).waitFor();
    const first = new URL(page.url()).pathname;
    await page.keyboard.press("j");
    await page.waitForURL((url) => url.pathname.startsWith("/papers/") && url.pathname !== first);
    await page.keyboard.press("Escape");
    await page.waitForURL((url) => url.pathname === "/");

    // Shift+Tab from the row reaches the toolbar's compare button above the table.
    const compare = page.getByRole("region", { name: "Papers" }).getByRole("link", { name: "Compare 2" });
    for (let i = 0; i < 40 && !(await compare.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Shift+Tab");
    await expectEventually(compare).toBeFocused();
    await page.keyboard.press("Enter");
    await expectPage(page).toHavePath("/compare");
    await eventually("compared papers", () => new URL(page.url()).searchParams.get("ids")?.split(",")).toHaveLength(2);
  });
});
