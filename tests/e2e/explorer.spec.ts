import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/lib/dataset/schema";
import { baseUrl, setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

const countLine = (page: Page) => page.getByRole("status").filter({ hasText: /papers$/ });
/** The table; its data-view names the view its rows belong to, which lags the URL while a search is answered. */
const table = (page: Page) => page.getByRole("region", { name: "Papers" });
const paperRows = (page: Page) => page.getByRole("row").filter({ has: page.getByRole("checkbox") });
const rowNames = async (page: Page) =>
  (await page.getByRole("checkbox", { name: /^Select .+ for comparison$/ }).all()).map((box) =>
    box.getAttribute("aria-label"),
  );

async function waitForCount(page: Page, text: string) {
  await page.getByRole("status").getByText(text, { exact: true }).waitFor();
}

describe("explorer", () => {
  it("filters by facets with OR inside a facet and AND across, with live counts", async () => {
    const page = await app.open("/");
    await waitForCount(page, "66 of 66 papers");
    const audio = page.getByRole("checkbox", { name: /^Text-to-audio, \d+ papers$/ });
    const video = page.getByRole("checkbox", { name: /^Text\/image-to-video, \d+ papers$/ });
    await expectEventually(audio).toHaveAttribute("aria-label", "Text-to-audio, 9 papers");
    await audio.check();
    await waitForCount(page, "9 of 66 papers");
    await video.check();
    await waitForCount(page, "14 of 66 papers");
    await expectPage(page).toHaveParam("chapter", "audio,video");

    // AND across facets: Microsoft within audio+video. Its count already reflects the chapters.
    const microsoft = page.getByRole("checkbox", { name: /^Microsoft, \d+ papers$/ });
    const microsoftCount = Number((await microsoft.getAttribute("aria-label"))?.match(/(\d+) papers/)?.[1]);
    await microsoft.check();
    await waitForCount(page, `${microsoftCount} of 66 papers`);
    await expectEventually(paperRows(page)).toHaveCount(microsoftCount);
    await expectEventually(paperRows(page).filter({ hasNotText: "Microsoft" })).toHaveCount(0);
    await eventually("URL", () => page.url()).toContain("chapter=audio,video&inst=microsoft");
  });

  it("keeps a checked institution in the collapsed list, after the ones with the most papers", async () => {
    const page = await app.open("/");
    await waitForCount(page, "66 of 66 papers");
    const institutions = page.getByRole("group", { name: "Institution", exact: true });
    const boxes = institutions.getByRole("checkbox");
    await expectEventually(boxes).toHaveCount(8);
    await institutions.getByRole("button", { name: /^Show all \d+$/ }).click();
    await expectEventually(institutions.getByRole("button", { name: "Show fewer" })).toBeVisible();
    const last = boxes.last();
    const name = (await last.getAttribute("aria-label")) ?? "";
    expect(name).toMatch(/, 1 paper$/);
    await last.check();
    await waitForCount(page, "1 of 66 papers");
    await institutions.getByRole("button", { name: "Show fewer" }).click();

    // The eight with the most papers, then the checked one, which the collapsed list would leave out.
    await expectEventually(boxes).toHaveCount(9);
    const checked = institutions.getByRole("checkbox", { name, exact: true });
    await expectEventually(boxes.nth(8)).toHaveAttribute("aria-label", name);
    await expectEventually(checked).toBeChecked();
    // A click, not uncheck(): unchecked, the box leaves the collapsed list at once.
    await checked.click();
    await waitForCount(page, "66 of 66 papers");
    await expectEventually(boxes).toHaveCount(8);
    await expectEventually(checked).toHaveCount(0);
  });

  it("keeps the rows a narrower view leaves empty out of sight, and fills them when it widens", async () => {
    const page = await app.open("/");
    await waitForCount(page, "66 of 66 papers");
    const allRows = await Promise.all(await rowNames(page));
    expect(allRows.length).toBeGreaterThan(9);
    const audio = page.getByRole("checkbox", { name: /^Text-to-audio, \d+ papers$/ });
    await audio.check();
    await waitForCount(page, "9 of 66 papers");
    await expectEventually(paperRows(page)).toHaveCount(9);
    await expectEventually(page.locator("tbody tr[data-paper-id]")).toHaveCount(9);
    // The lines the nine leave empty keep their rows, hidden, with no paper named on them.
    const spare = page.locator("tbody tr[hidden]");
    await eventually("spare rows", () => spare.count()).toBeGreaterThan(0);
    await expectEventually(spare.first()).toBeHidden();
    await expectEventually(spare.filter({ has: page.locator("[data-paper-id]") })).toHaveCount(0);
    // The keyboard stops at the last paper shown.
    await paperRows(page).last().focus();
    await page.keyboard.press("ArrowDown");
    await expectEventually(paperRows(page).last()).toBeFocused();

    await audio.uncheck();
    await waitForCount(page, "66 of 66 papers");
    // The same papers from the top, in order. The first rows were read before the table measured
    // its viewport, when it may have rendered a few more.
    await eventually("rows after widening", async () => {
      const rows = await Promise.all(await rowNames(page));
      return rows.length > 9 && rows.every((name, index) => name === allRows[index]);
    }).toBe(true);
    await expectEventually(spare).toHaveCount(0);
  });

  it("marks the rows rendered past the viewport's edge until the table scrolls, and unmarks them in the frame that scrolls", async () => {
    const page = await app.open("/");
    await waitForCount(page, "66 of 66 papers");
    // What a frame paints after scrolling by `by` px (0: no scroll, now): the rows across the
    // viewport below the sticky header, any gap between them, any row still marked off screen (its
    // cells skipped), and how many rows are marked.
    const frameAfterScroll = (by: number) =>
      page.evaluate(async (by) => {
        const scroller = document.querySelector<HTMLElement>('[data-testid="papers-scroller"]');
        const head = scroller?.querySelector("thead");
        if (!scroller || !head) return { problems: ["no table"], marked: 0 };
        if (by !== 0) {
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
          scroller.scrollTop += by;
          // The scroll event comes in the next frame, before its animation frame callbacks.
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        const top = head.getBoundingClientRect().bottom;
        const bottom = scroller.getBoundingClientRect().top + scroller.clientTop + scroller.clientHeight;
        const rows = [...scroller.querySelectorAll<HTMLElement>("tbody tr[data-paper-id]")];
        const shown = rows
          .map((row) => ({ row, box: row.getBoundingClientRect() }))
          .filter(({ box }) => box.bottom > top + 1 && box.top < bottom - 1);
        const problems: string[] = [];
        if ((shown[0]?.box.top ?? bottom) > top + 1) problems.push("gap at the top");
        if ((shown.at(-1)?.box.bottom ?? top) < bottom - 1) problems.push("gap at the bottom");
        shown.forEach(({ row, box }, index) => {
          const before = shown[index - 1];
          if (before && box.top - before.box.bottom > 1) problems.push(`gap before ${row.dataset.paperId}`);
          if (row.hasAttribute("data-offscreen")) problems.push(`${row.dataset.paperId} in view but marked`);
        });
        return { problems, marked: rows.filter((row) => row.hasAttribute("data-offscreen")).length };
      }, by);

    // The overscan below the viewport: two rows.
    await eventually("rows past the viewport marked", () => frameAfterScroll(0)).toEqual({ problems: [], marked: 2 });
    for (const by of [40, 100, 300, 700, -200, 2000]) {
      // Once scrolled, rows are rendered as they are mounted: none is marked.
      expect(await frameAfterScroll(by), `the frame after scrolling by ${by} px`).toEqual({ problems: [], marked: 0 });
    }
    // A new view marks the rows past the viewport again, above it and below.
    await page.getByRole("searchbox", { name: "Search papers" }).fill("model");
    await eventually("rows past the viewport marked in a new view", () => frameAfterScroll(0)).toEqual({
      problems: [],
      marked: 4,
    });
  });

  it("finds papers by Chinese and English search and highlights the match", async () => {
    const page = await app.open("/");
    const box = page.getByRole("searchbox", { name: "Search papers" });
    await box.fill("清华");
    await page
      .getByRole("status")
      .getByText(/^\d of 66 papers$/)
      .waitFor();
    await eventually("rows found for 清华", () => paperRows(page).count()).toBeGreaterThan(0);
    await expectEventually(paperRows(page).filter({ hasNotText: /Tsinghua|清华/ })).toHaveCount(0);
    await box.fill("文生图");
    await page.getByRole("row", { name: /MultiBooth/ }).waitFor();
    await eventually("rows found for 文生图", () => paperRows(page).count()).toBeGreaterThanOrEqual(9);

    await box.fill("speech");
    await page.getByRole("row", { name: /FlashSpeech/ }).waitFor();
    const highlighted = page.locator("mark").filter({ hasText: /^speech$/i });
    await eventually("highlighted matches of speech", () => highlighted.count()).toBeGreaterThan(0);
  });

  it("reopens the exact view from its URL in a new browser", async () => {
    const url = "/?q=speech&chapter=audio,video&inst=microsoft&sort=name.desc";
    const first = await app.open(url);
    await expectEventually(table(first)).toHaveAttribute("data-view", /q=speech/);
    // The count line reads "N of 66 papers" only once the search has answered (before, it says the
    // search is being prepared); the rows are read when there are N of them.
    const count = (await countLine(first).textContent()) ?? "";
    await expectEventually(paperRows(first)).toHaveCount(Number(count.match(/^\d+/)?.[0]));
    const names = await paperRows(first).allTextContents();

    // A window of the same size: below 1400 px the table shows fewer columns.
    const fresh = await app.browser().newContext({ viewport: first.viewportSize() });
    const second = await fresh.newPage();
    await second.goto(baseUrl + url);
    await expectEventually(table(second)).toHaveAttribute("data-view", /q=speech/);
    await expectEventually(countLine(second)).toHaveText(count);
    await expectEventually(paperRows(second)).toHaveText(names);
    await expectEventually(second.getByRole("searchbox", { name: "Search papers" })).toHaveValue("speech");
    await expectEventually(second.getByRole("checkbox", { name: /^Microsoft,/ })).toBeChecked();
    await expectEventually(second.getByRole("columnheader", { name: /Paper/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await fresh.close();
  });

  it("walks filter history with back and forward, one entry per typed word", async () => {
    const page = await app.open(fixture.url("/"));
    await waitForCount(page, fixture.countLine());
    const box = page.getByRole("searchbox", { name: "Search papers" });
    await box.pressSequentially("speech", { delay: 30 });
    await expectPage(page).toHaveParam("q", "speech");
    await page.getByRole("checkbox", { name: /^Text-to-audio,/ }).check();
    await expectPage(page).toHaveParam("chapter", "audio");

    await page.goBack();
    await expectPage(page).toHaveParam("chapter", null);
    await expectPage(page).toHaveParam("q", "speech");
    await expectEventually(box).toHaveValue("speech");
    // Typing "speech" was one history entry, so one more step back is the unfiltered table.
    await page.goBack();
    await expectPage(page).toHaveParam("q", null);
    await waitForCount(page, fixture.countLine());
    await expectEventually(box).toHaveValue("");
    await page.goForward();
    await expectPage(page).toHaveParam("q", "speech");
  });

  it("forgives a typo and knows the field's abbreviations", async () => {
    const page = await app.open("/?q=difusion");
    await expectEventually(table(page)).toHaveAttribute("data-view", /q=difusion/);
    await expectEventually(page.getByRole("row", { name: /LazyDiffusion/ })).toBeVisible();
    await expectEventually(countLine(page)).toHaveText(/^([1-9]|[1-5]\d|6[0-5]) of 66 papers$/);
    // No paper says "TTS"; two say text-to-speech (语音合成), which the abbreviation stands for.
    await page.goto(`${baseUrl}/?q=tts`);
    await waitForCount(page, "2 of 66 papers");
    await expectEventually(page.getByRole("row", { name: /FlashSpeech/ })).toBeVisible();
    await expectEventually(page.getByRole("row", { name: /CoVoMix/ })).toBeVisible();
  });

  it("asks country and type of the same institution: China + Industry is papers with a Chinese company", async () => {
    // Expected from the bundled data: a paper with one Chinese institution and some other company
    // (CoVoMix: Microsoft with Shanghai Jiao Tong University) is not "Chinese industry".
    const dataset = JSON.parse(readFileSync("data/2024-04.json", "utf8")) as Dataset;
    const institution = new Map(dataset.institutions.map((i) => [i.id, i]));
    const chineseCompany = dataset.papers.filter((paper) =>
      paper.institutions.some(
        (id) => institution.get(id)?.country === "CN" && institution.get(id)?.type === "industry",
      ),
    );
    const page = await app.open("/?country=CN&type=industry");
    await waitForCount(page, `${chineseCompany.length} of 66 papers`);
    await expectEventually(paperRows(page)).toHaveCount(chineseCompany.length);
    const shown = (await Promise.all(await rowNames(page))).map((label) =>
      label?.replace(/^Select (.+) for comparison$/, "$1"),
    );
    expect(shown.sort()).toEqual(chineseCompany.map((paper) => paper.name).sort());
    expect(shown).not.toContain("CoVoMix");
  });

  it("names the filters that exclude everything and removes them one by one", async () => {
    const page = await app.open("/?chapter=3d&modality=speech");
    await page.getByRole("heading", { name: "No papers match" }).waitFor();
    await page.getByRole("button", { name: "Remove Modality: Speech" }).click();
    await waitForCount(page, "2 of 66 papers");
    await expectPage(page).toHaveParam("chapter", "3d");
    await page.getByRole("button", { name: "Clear all filters" }).click();
    await waitForCount(page, "66 of 66 papers");
  });

  it("sorts by a column header and groups by chapter", async () => {
    const page = await app.open("/");
    await page.getByRole("button", { name: /^Paper/ }).click();
    await page
      .getByRole("columnheader", { name: /^Paper/ })
      .and(page.locator("[aria-sort=ascending]"))
      .waitFor();
    const isSorted = async () => {
      const names = (await Promise.all(await rowNames(page))).map(
        (label) => label?.replace(/^Select (.+) for comparison$/, "$1") ?? "",
      );
      const sorted = [...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true }));
      return names.length > 10 && names.join("|") === sorted.join("|");
    };
    await eventually("rows sorted by name", isSorted).toBe(true);

    await page.getByRole("switch", { name: "Group by chapter" }).check();
    await expectPage(page).toHaveParam("group", "chapter");
    await page.getByRole("columnheader", { name: "Text-to-image · 9 papers" }).waitFor();
  });

  it("hides a column and remembers it", async () => {
    const page = await app.open(fixture.url("/"));
    await page.getByRole("columnheader", { name: "Modalities" }).waitFor();
    await page.getByRole("button", { name: "Columns" }).click();
    await page.getByRole("checkbox", { name: "Modalities", exact: true }).uncheck();
    await page.keyboard.press("Escape");
    await expectEventually(page.getByRole("columnheader", { name: "Modalities" })).toHaveCount(0);
    await page.reload();
    await page.getByRole("columnheader", { name: "Paper" }).first().waitFor();
    await expectEventually(page.getByRole("columnheader", { name: "Modalities" })).toHaveCount(0);
  });

  for (const width of [1280, 1440]) {
    for (const locale of ["en-US", "zh-CN"]) {
      it(`fits or shortens with an ellipsis every header label and value at ${width} px (${locale})`, async () => {
        const page = await app.open("/?modality=multimodal", { width, locale });
        await page.locator('tr[data-paper-id="mmstar"]').waitFor();
        // What cannot show whole ends with an ellipsis: a header's label (the sort button's label or
        // the header itself), and each value in a row (a modality) within its cell.
        const cutWithoutEllipsis = () =>
          page.evaluate(() => {
            const shortened = (element: Element) => {
              const style = getComputedStyle(element);
              return style.textOverflow === "ellipsis" && style.whiteSpace === "nowrap" && style.overflowX === "hidden";
            };
            const labels = [...document.querySelectorAll("thead th")].map(
              (th) => th.querySelector("button")?.firstElementChild ?? th,
            );
            const cutLabels = labels
              .filter((label) => label.scrollWidth > label.clientWidth && !shortened(label))
              .map((label) => label.textContent);
            const cutValues = [...document.querySelectorAll("tbody td [data-filter]:not([data-filter=inst])")]
              .filter((value) => {
                const cell = value.closest("td")?.getBoundingClientRect();
                const box = value.getBoundingClientRect();
                return !cell || box.right > cell.right || (value.scrollWidth > value.clientWidth && !shortened(value));
              })
              .map((value) => value.textContent);
            return [...cutLabels, ...cutValues];
          });
        await eventually("labels and values cut without an ellipsis", cutWithoutEllipsis).toEqual([]);
      });
    }
  }

  it("is usable from the keyboard: arrows move between rows, Enter opens one", async () => {
    const page = await app.open("/?chapter=audio");
    await waitForCount(page, "9 of 66 papers");
    const third = paperRows(page).nth(2);
    const thirdName = (await third.locator("td span").first().textContent()) ?? "";
    await paperRows(page).first().focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    // Focus moves on the next frame, once the row is in view.
    await expectEventually(third).toBeFocused();
    await page.keyboard.press("Enter");
    await eventually("URL path", () => new URL(page.url()).pathname).toMatch(/^\/papers\//);
    await expectPage(page).toHaveParam("chapter", "audio");
    await page.getByRole("heading", { level: 2, name: thirdName }).waitFor();
  });
});
