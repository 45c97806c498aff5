import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

function figure(page: Page, name: string) {
  return page.getByRole("figure", { name });
}

/** Shows a chart's numbers table and waits for its first row. */
async function showNumbers(page: Page, chart: string): Promise<void> {
  const card = figure(page, chart);
  await card.getByRole("button", { name: "Show the numbers" }).click();
  await card.getByRole("table").getByRole("row").nth(1).waitFor();
}

/** The rows of a chart's numbers table as [label, count] pairs, as they are now. */
async function numbers(page: Page, chart: string): Promise<[string, string][]> {
  const rows = figure(page, chart).getByRole("table").getByRole("row");
  const cells = await rows.evaluateAll((trs) =>
    trs.slice(1).map((tr) => [...tr.children].slice(0, 2).map((cell) => cell.textContent?.trim() ?? "")),
  );
  return cells as [string, string][];
}

const total = (rows: [string, string][]) => rows.reduce((sum, [, count]) => sum + Number(count), 0);

describe("overview", () => {
  it("charts the whole month, each chart a labelled figure", async () => {
    const page = await app.open("/stats");
    await page.getByText("Charts of all 66 papers.").waitFor();
    await expectPage(page).toHaveTitle("Overview · Paper Explorer");
    for (const name of [
      "Papers per chapter",
      "Top institutions",
      "Modalities",
      "Academia and industry",
      "Papers by country or region",
      "Who worked with whom",
    ]) {
      await figure(page, name).getByRole("heading", { name }).waitFor();
    }
    await showNumbers(page, "Papers per chapter");
    await eventually("chapters in the numbers table", () => numbers(page, "Papers per chapter")).toHaveLength(10);
    await eventually("papers in the numbers table", async () => total(await numbers(page, "Papers per chapter"))).toBe(
      66,
    );
  });

  it("follows the URL filters: /stats?chapter=audio charts only the audio papers", async () => {
    const page = await app.open("/stats?chapter=audio");
    await page.getByText("Charts of the 9 papers matching the current filters (of 66).").waitFor();
    await showNumbers(page, "Papers per chapter");
    await eventually("Papers per chapter", () => numbers(page, "Papers per chapter")).toEqual([["Text-to-audio", "9"]]);
    await showNumbers(page, "Academia and industry");
    await eventually("largest sector", async () =>
      Math.max(...(await numbers(page, "Academia and industry")).map(([, count]) => Number(count))),
    ).toBeLessThanOrEqual(9);
    await page.getByRole("link", { name: "Show these papers in the table" }).click();
    await expectPage(page).toHaveAddress("/?chapter=audio");
    await page.getByRole("status").getByText("9 of 66 papers").waitFor();
  });

  it("filters the table by the bar that was clicked", async () => {
    const page = await app.open("/stats?kind=method");
    await page.getByText(/Charts of the \d+ papers/).waitFor();
    await showNumbers(page, "Papers per chapter");
    const rows = await numbers(page, "Papers per chapter");
    const audioIndex = rows.findIndex(([label]) => label === "Text-to-audio");
    const audioCount = rows[audioIndex]?.[1];
    expect(audioCount).toBeDefined();
    await figure(page, "Papers per chapter").locator(".recharts-bar-rectangle").nth(audioIndex).click();
    await expectPage(page).toHaveAddress("/?chapter=audio&kind=method");
    await page.getByRole("status").getByText(`${audioCount} of 66 papers`).waitFor();

    // Back on the overview, a stacked institution bar filters by its institution.
    await page.goBack();
    await figure(page, "Top institutions").locator(".recharts-bar-rectangle").first().click();
    await expectPage(page).toHaveParam("inst", "tsinghua-university");
    await expectPage(page).toHaveParam("kind", "method");
  });

  it("offers each bar's papers from the numbers table, by keyboard", async () => {
    const page = await app.open("/stats");
    await showNumbers(page, "Modalities");
    const link = figure(page, "Modalities").getByRole("link", { name: "Show the 4 papers for Speech in the table" });
    await link.focus();
    await page.keyboard.press("Enter");
    await expectPage(page).toHaveSearch("?modality=speech");
    await page.getByRole("status").getByText("4 of 66 papers").waitFor();
  });

  it("filters the table by an institution of the collaboration network, and lists a link's joint papers", async () => {
    const page = await app.open("/stats");
    const network = figure(page, "Who worked with whom");
    await network.getByRole("link", { name: /^Tsinghua University: 9 papers, \d+ co-authoring institutions/ }).click();
    await expectPage(page).toHaveSearch("?inst=tsinghua-university");
    await page.getByRole("status").getByText("9 of 66 papers").waitFor();

    await page.goBack();
    await network
      .getByTestId("link-shanghai-ai-laboratory+the-chinese-university-of-hong-kong")
      .locator("line")
      .last()
      .click();
    const joint = network.getByRole("status");
    await joint.getByText("Shanghai AI Laboratory and The Chinese University of Hong Kong: 3 joint papers").waitFor();
    const first = joint.getByRole("link").first();
    const name = await first.textContent();
    await first.click();
    await page.getByRole("heading", { level: 2, name: name ?? "" }).waitFor();
    await eventually("URL path", () => new URL(page.url()).pathname).toMatch(/^\/papers\//);

    // The link's joint papers, as a table filter.
    await page.goBack();
    await network
      .getByTestId("link-shanghai-ai-laboratory+the-chinese-university-of-hong-kong")
      .locator("line")
      .last()
      .click();
    await joint.getByRole("link", { name: "Show their joint papers in the table" }).click();
    await expectPage(page).toHaveParam("coauthors", "shanghai-ai-laboratory,the-chinese-university-of-hong-kong");
    await page.getByRole("status").getByText("3 of 66 papers").waitFor();
    await page
      .getByRole("button", { name: "Co-authored by Shanghai AI Laboratory and The Chinese University of Hong Kong" })
      .click();
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
  });

  it("shows an empty state with a way out when nothing matches", async () => {
    const page = await app.open("/stats?q=zzzzqqqq&sort=name.desc");
    await page.getByRole("heading", { name: "No papers match these filters" }).waitFor();
    await expectEventually(page.getByRole("figure")).toHaveCount(0);
    await page.getByRole("link", { name: "Clear the filters" }).click();
    await page.getByText("Charts of all 66 papers.").waitFor();
    await expectPage(page).toHaveSearch("?sort=name.desc");
  });

  it("speaks the chosen language and follows dark mode", async () => {
    const page = await app.open(fixture.url("/stats?chapter=text-to-image"), { locale: "zh-CN", colorScheme: "dark" });
    await figure(page, "各章节论文数").waitFor();
    await eventually("colour scheme", () =>
      page.evaluate(() => document.documentElement.dataset.mantineColorScheme),
    ).toBe("dark");
    const card = figure(page, "各章节论文数");
    await card.getByRole("button", { name: "显示数据表" }).click();
    await card.getByRole("rowheader", { name: "文生图" }).waitFor();
    const tick = card.locator(".recharts-cartesian-axis-tick-value").first();
    // Light text on the dark background, from the theme rather than a fixed colour.
    await eventually("brightness of the axis labels", async () => {
      const fill = await tick.evaluate((el) => getComputedStyle(el).fill);
      const [r = 0, g = 0, b = 0] = (fill.match(/\d+/g) ?? []).map(Number);
      return (r + g + b) / 3;
    }).toBeGreaterThan(128);
  });

  it("stays legible at phone width", async () => {
    const page = await app.open("/stats", { width: 390 });
    await page.getByText("Charts of all 66 papers.").waitFor();
    await eventually("horizontal overflow", () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    const chart = figure(page, "Papers per chapter");
    await eventually("chart width", async () => (await chart.boundingBox())?.width).toBeLessThanOrEqual(390);
  });
});
