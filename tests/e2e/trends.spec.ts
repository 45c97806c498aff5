import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHAPTERS } from "../../scripts/synth/synth-dataset";
import type { Dataset, Paper } from "../../src/lib/dataset/schema";
import { baseUrl, setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";
import { singleFileArchive as archive } from "./support/test-datasets";
import { TEST_TIMEOUT } from "./support/timeouts";

const app = setupApp();

const CHAPTER_TRENDS = "Papers per chapter over time";
const INSTITUTION_TRENDS = "Top institutions over time";
const months = archive.digests.map((digest) => digest.source.digests[0]?.id ?? "");
const chapterName = (id: string) => CHAPTERS.find((chapter) => chapter.id === id)?.nameEn ?? id;

/** The papers of one generated digest. */
function papersOf(month: string): Paper[] {
  return archive.digests.find((digest) => digest.source.digests[0]?.id === month)?.papers ?? [];
}

function figure(page: Page, name: string) {
  return page.getByRole("figure", { name });
}

/** Shows a trend chart's numbers and reads them: the header, then one [name, count per month] row per line. */
async function trendNumbers(page: Page, chart: string): Promise<string[][]> {
  const card = figure(page, chart);
  await card.getByRole("button", { name: "Show the numbers" }).click();
  const table = card.getByRole("table");
  await table.getByRole("row").nth(1).waitFor();
  return table
    .getByRole("row")
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? "")));
}

const institutionNames = (dataset: Dataset) => new Map(dataset.institutions.map((inst) => [inst.nameEn, inst.id]));

describe("trends across digests", () => {
  it("charts each chapter's and top institution's papers per digest of a three-month archive", async () => {
    const page = await app.open(archive.url("/stats", 3));
    await page.getByText(/^Charts of all \d+ papers\.$/).waitFor();

    // Every chapter with papers, in the digest's chapter order, with its count in each month.
    const expected = [
      ["Chapter", ...months],
      ...CHAPTERS.filter((chapter) =>
        months.some((month) => papersOf(month).some((p) => p.chapter === chapter.id)),
      ).map((chapter) => [
        chapter.nameEn,
        ...months.map((month) => String(papersOf(month).filter((p) => p.chapter === chapter.id).length)),
      ]),
    ];
    await eventually("the chapter trends' numbers", () => trendNumbers(page, CHAPTER_TRENDS)).toEqual(expected);

    // Whichever institutions lead, each line holds that institution's papers in each month.
    const ids = institutionNames(archive.threeMonths);
    const institutions = await trendNumbers(page, INSTITUTION_TRENDS);
    expect(institutions[0]).toEqual(["Institution", ...months]);
    expect(institutions.slice(1)).toHaveLength(5);
    for (const [name, ...counts] of institutions.slice(1)) {
      const id = ids.get(name ?? "");
      expect(id, `institution ${name}`).toBeDefined();
      expect(counts).toEqual(
        months.map((month) => String(papersOf(month).filter((p) => p.institutions.includes(id ?? "")).length)),
      );
    }
  });

  it("is not shown for the bundled single-digest dataset", async () => {
    const page = await app.open("/stats");
    await page.getByText("Charts of all 66 papers.").waitFor();
    await figure(page, "Papers per chapter").getByRole("heading", { name: "Papers per chapter" }).waitFor();
    await expectEventually(figure(page, CHAPTER_TRENDS)).toHaveCount(0);
    await expectEventually(figure(page, INSTITUTION_TRENDS)).toHaveCount(0);
  });

  it("opens the table at a chapter in one digest when its bar is clicked", async () => {
    // The chapter with the most papers in the middle month, among those with papers in every month
    // (an empty month draws no bar to count past).
    const month = months[1] ?? "";
    const countIn = (chapter: string, m: string) => papersOf(m).filter((p) => p.chapter === chapter).length;
    const [chapter] = CHAPTERS.map((c) => c.id)
      .filter((id) => months.every((m) => countIn(id, m) > 0))
      .sort((a, b) => countIn(b, month) - countIn(a, month));
    expect(chapter).toBeDefined();
    const expected = countIn(chapter ?? "", month);

    const page = await app.open(archive.url("/stats", 3));
    await page.getByText(/^Charts of all \d+ papers\.$/).waitFor();
    const bars = page.getByTestId(`trend-chapter-${chapter}`).locator(".recharts-bar-rectangle");
    await expectEventually(bars).toHaveCount(months.length);
    await bars.nth(1).click();
    await expectPage(page).toHavePath("/");
    await expectPage(page).toHaveParam("chapter", chapter ?? "");
    await expectPage(page).toHaveParam("digest", month);
    await page
      .getByRole("status")
      .getByText(new RegExp(`^${expected} of \\d+ papers$`))
      .waitFor();
    // Every row of the table is a paper of that chapter.
    const rows = page.getByRole("row").filter({ has: page.getByRole("checkbox") });
    await expectEventually(rows).toHaveCount(expected);
    await expectEventually(rows.filter({ hasText: chapterName(chapter ?? "") })).toHaveCount(expected);
  });
});

describe("trends by keyboard and screen reader", () => {
  it("opens a chapter's papers of one digest from the numbers table, by keyboard", async () => {
    const month = months[2] ?? "";
    const chapter = CHAPTERS[0]?.id ?? "";
    const count = papersOf(month).filter((p) => p.chapter === chapter).length;
    const page = await app.open(archive.url("/stats", 3));
    await trendNumbers(page, CHAPTER_TRENDS);
    const card = figure(page, CHAPTER_TRENDS);
    const link = card.getByRole("link", {
      name: `Show the ${count} papers of ${chapterName(chapter)} in Synthetic digest ${month} in the table`,
    });
    await link.focus();
    await page.keyboard.press("Enter");
    await expectPage(page).toHaveParam("chapter", chapter);
    await expectPage(page).toHaveParam("digest", month);
    await page
      .getByRole("status")
      .getByText(new RegExp(`^${count} of \\d+ papers$`))
      .waitFor();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(
      `has no serious or critical axe violations with the trends' numbers shown, ${colorScheme}`,
      async () => {
        const page = await app.open(archive.url("/stats", 3), { colorScheme });
        for (const chart of [CHAPTER_TRENDS, INSTITUTION_TRENDS]) await trendNumbers(page, chart);
        await page.mouse.move(0, 0);
        const results = await new AxeBuilder({ page })
          .include("figure")
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(" | ")}`)).toEqual([]);
      },
      2 * TEST_TIMEOUT,
    );
  }
});

describe("saved views: papers new since last opened", () => {
  it("counts a view's papers first listed in a digest that came out since, until the view is opened", async () => {
    const [first, second, third] = months;
    const listedBefore = new Set([first, second].flatMap((month) => papersOf(month ?? "").map((p) => p.arxivId)));
    const newIn = (chapter: string) =>
      papersOf(third ?? "").filter((p) => p.chapter === chapter && !listedBefore.has(p.arxivId)).length;
    const [chapter = ""] = CHAPTERS.map((c) => c.id).sort((a, b) => newIn(b) - newIn(a));
    const expected = newIn(chapter);
    expect(expected).toBeGreaterThan(0);

    const page = await app.open(archive.url(`/?chapter=${chapter}`, 2));
    await page
      .getByRole("status")
      .getByText(/ of \d+ papers$/)
      .waitFor();
    const menu = page.getByRole("button", { name: "Saved views" });
    await menu.click();
    await page.getByRole("textbox", { name: "Name" }).fill("Chapter watch");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved “Chapter watch”.").waitFor();
    const item = page.locator("li").filter({ has: page.getByRole("link", { name: "Open Chapter watch" }) });
    await item.waitFor();
    // Saved on the archive's newest digest: nothing is new yet.
    await expectEventually(item.getByText(/ new$/)).toHaveCount(0);

    // The same address now serves the archive with its third digest.
    const body = JSON.stringify(archive.threeMonths);
    await page.route(
      (url) => url.pathname === "/test-data/archive-2.json",
      (route) => route.fulfill({ contentType: "application/json", body }),
    );
    await page.goto(baseUrl + archive.url("/", 2));
    await eventually("papers in the open archive", async () => {
      const line = await page
        .getByRole("status")
        .getByText(/^\d+ of \d+ papers$/)
        .textContent();
      return Number(/of (\d+)/.exec(line ?? "")?.[1]);
    }).toBeGreaterThan(archive.twoMonths.papers.length);
    await menu.click();
    await expectEventually(item.getByText(`${expected} new`, { exact: true })).toBeVisible();

    // Opening the view clears the count, and it stays cleared.
    await item.getByRole("link", { name: "Open Chapter watch" }).click();
    await expectPage(page).toHaveParam("chapter", chapter);
    await page.reload();
    await page
      .getByRole("status")
      .getByText(/ of \d+ papers$/)
      .waitFor();
    await menu.click();
    await item.waitFor();
    await expectEventually(item.getByText(/ new$/)).toHaveCount(0);
  });
});
