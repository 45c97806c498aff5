import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";

const app = setupApp();

interface BundledPaper {
  id: string;
  summary: { en: string; zh: string };
  results: { metric: string; value: string }[];
}
const bundled = JSON.parse(readFileSync("data/2024-04.json", "utf8")) as { papers: BundledPaper[] };
const paperById = (id: string) => bundled.papers.find((paper) => paper.id === id) as BundledPaper;

const paneTitle = (page: Page, name: string) => page.getByRole("heading", { level: 2, name, exact: true });
const row = (page: Page, id: string) => page.locator(`tr[data-paper-id="${id}"]`);

/** Whether the paper's row is rendered and shows whole between the table's sticky header and its bottom edge. */
function rowInView(page: Page, id: string) {
  return page.evaluate((paperId) => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="papers-scroller"]');
    const line = document.querySelector(`tr[data-paper-id="${paperId}"]`);
    const head = scroller?.querySelector("thead");
    if (!scroller || !line || !head) return false;
    const box = line.getBoundingClientRect();
    const bottom = scroller.getBoundingClientRect().top + scroller.clientTop + scroller.clientHeight;
    return box.top >= head.getBoundingClientRect().bottom - 1 && box.bottom <= bottom + 1;
  }, id);
}

/** Scrolls the table down, as a reader would, until the paper's row is in view. */
async function scrollToRow(page: Page, id: string) {
  await eventually(`${id}'s row in view after scrolling`, async () => {
    if (await rowInView(page, id)) return true;
    await page
      .getByTestId("papers-scroller")
      .evaluate((scroller) => scroller.scrollBy({ top: scroller.clientHeight / 2 }));
    return false;
  }).toBe(true);
}

async function expectOpenRowInView(page: Page, id: string) {
  await expectEventually(row(page, id)).toHaveAttribute("aria-current", "true");
  await eventually(`${id}'s row in view`, () => rowInView(page, id)).toBe(true);
}

describe("the open paper's row", () => {
  it("is scrolled into view and marked when a deep link opens a paper far down the table", async () => {
    const page = await app.open("/papers/triforce");
    await paneTitle(page, "TriForce").waitFor();
    await expectOpenRowInView(page, "triforce");
    await expectEventually(row(page, "triforce")).toHaveAttribute("data-open", "true");
  });

  it("follows j and k past the visible rows", async () => {
    const page = await app.open("/papers/multibooth");
    await paneTitle(page, "MultiBooth").waitFor();
    const ids = ["id-aligner", "lazydiffusion", "moa", "controlnet-plus-plus", "rlcm", "instantstyle", "spright"];
    const further = ["internlm-xcomposer2-4khd", "id-animator", "physdreamer", "aniclipart", "magictime"];
    for (const id of [...ids, ...further]) {
      await page.keyboard.press("j");
      await expectPage(page).toHavePath(`/papers/${id}`);
      await expectOpenRowInView(page, id);
    }
    // Back up with k: the row of the paper before stays in view too.
    await page.keyboard.press("k");
    await expectPage(page).toHavePath("/papers/aniclipart");
    await expectOpenRowInView(page, "aniclipart");
  });

  it("is scrolled into view when quick find opens the paper", async () => {
    const page = await app.open("/");
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    await page.keyboard.press("Control+k");
    const palette = page.getByRole("combobox", { name: "Quick find" });
    await palette.waitFor();
    await palette.fill("SparseDM");
    await page
      .getByRole("listbox", { name: "Results" })
      .getByRole("option", { name: /^SparseDM/ })
      .click();
    await paneTitle(page, "SparseDM").waitFor();
    await expectOpenRowInView(page, "sparsedm");
  });

  it("takes focus back when Esc closes the pane, even after the table was scrolled away from it", async () => {
    const page = await app.open("/papers/triforce");
    await paneTitle(page, "TriForce").waitFor();
    await expectOpenRowInView(page, "triforce");
    // Scrolled back to the top, the row leaves the rendered window.
    await page.getByTestId("papers-scroller").evaluate((scroller) => {
      scroller.scrollTop = 0;
    });
    await expectEventually(row(page, "triforce")).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expectPage(page).toHavePath("/");
    await expectEventually(row(page, "triforce")).toBeFocused();
    await eventually("triforce's row in view", () => rowInView(page, "triforce")).toBe(true);
  });

  it("takes focus back when Esc closes a paper opened from the keyboard", async () => {
    const page = await app.open("/");
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    const first = row(page, "multibooth");
    await first.focus();
    await page.keyboard.press("ArrowDown");
    await expectEventually(row(page, "id-aligner")).toBeFocused();
    await page.keyboard.press("Enter");
    await paneTitle(page, "ID-Aligner").waitFor();
    await page.keyboard.press("j");
    await paneTitle(page, "LazyDiffusion").waitFor();
    await page.keyboard.press("Escape");
    await expectPage(page).toHavePath("/");
    await expectEventually(row(page, "lazydiffusion")).toBeFocused();
  });
});

describe("values in a row", () => {
  const countLine = (page: Page) => page.getByRole("status").filter({ hasText: /of 66 papers$/ });
  const facetCount = async (page: Page, name: string) => {
    const label = await page
      .getByRole("checkbox", { name: new RegExp(`^${name}, \\d+ papers$`) })
      .getAttribute("aria-label");
    return Number(label?.match(/(\d+) papers/)?.[1]);
  };

  it("filter the table by an institution or a modality instead of opening the paper", async () => {
    const page = await app.open("/");
    await expectEventually(countLine(page)).toHaveText("66 of 66 papers");
    const tsinghua = await facetCount(page, "Tsinghua University");
    const multibooth = row(page, "multibooth");

    // A plain click replaces the institution filter; the paper does not open.
    await multibooth.getByRole("button", { name: "Filter by Tsinghua University" }).click();
    await expectPage(page).toHaveAddress("/?inst=tsinghua-university");
    await expectEventually(countLine(page)).toHaveText(`${tsinghua} of 66 papers`);
    await expectEventually(page.getByRole("checkbox", { name: /^Tsinghua University,/ })).toBeChecked();
    await expectEventually(page.locator("#paper-title")).toHaveCount(0);

    // Ctrl-click adds Meta to it.
    await multibooth.getByRole("button", { name: "Filter by Meta" }).click({ modifiers: ["Control"] });
    await expectPage(page).toHaveAddress("/?inst=tsinghua-university,meta");

    // A modality: a plain click sets it, Shift-click adds another; the institutions stay.
    await multibooth.getByRole("button", { name: "Filter by Text", exact: true }).click();
    await expectPage(page).toHaveAddress("/?inst=tsinghua-university,meta&modality=text");
    await multibooth.getByRole("button", { name: "Filter by Image", exact: true }).click({ modifiers: ["Shift"] });
    await expectPage(page).toHaveAddress("/?inst=tsinghua-university,meta&modality=text,image");

    // A plain click on an institution replaces the list, from the keyboard too.
    const meta = multibooth.getByRole("button", { name: "Filter by Meta" });
    await meta.focus();
    await page.keyboard.press("Enter");
    await expectPage(page).toHaveAddress("/?inst=meta&modality=text,image");
    await expectEventually(page.locator("#paper-title")).toHaveCount(0);
  });

  it("keep the pane open and name their filter in Chinese", async () => {
    const page = await app.open("/papers/multibooth", { locale: "zh-CN" });
    await paneTitle(page, "MultiBooth").waitFor();
    await row(page, "multibooth").getByRole("button", { name: "按清华大学筛选" }).click();
    await expectPage(page).toHaveAddress("/papers/multibooth?inst=tsinghua-university");
    await paneTitle(page, "MultiBooth").waitFor();
  });
});

describe("columns", () => {
  it("hide the chapter when grouped by chapter, and label the link icons", async () => {
    const page = await app.open("/?group=chapter");
    const chapterHeader = page.getByRole("columnheader", { name: /^Chapter/ });
    await page
      .getByText(/ · \d+ papers$/)
      .first()
      .waitFor();
    await expectEventually(page.getByRole("columnheader", { name: /^Institutions/ })).toBeVisible();
    await expectEventually(chapterHeader).toHaveCount(0);
    await page.getByRole("switch", { name: "Group by chapter" }).click();
    await expectPage(page).toHaveSearch("");
    await expectEventually(chapterHeader).toHaveCount(1);

    // Each link icon has a name and a tooltip saying where it goes.
    const links = (id: string) => row(page, id).getByRole("link");
    await expectEventually(links("multibooth")).toHaveCount(2);
    for (const [id, name, title] of [
      ["multibooth", "arXiv of MultiBooth", "arXiv"],
      ["multibooth", "Project page of MultiBooth", "Project page"],
      ["id-animator", "Code of ID-Animator", "Code"],
    ] as const) {
      await expectEventually(row(page, id).getByRole("link", { name, exact: true })).toHaveAttribute("title", title);
    }
  });

  /** Per sortable header: whether its indicator lies inside the cell and its label shows whole. */
  const sortHeaders = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll("thead th")].flatMap((th) => {
        const button = th.querySelector("button");
        const indicator = th.querySelector("[data-sort-indicator]");
        const label = button?.firstElementChild;
        if (!button || !indicator || !(label instanceof HTMLElement)) return [];
        const cell = th.getBoundingClientRect();
        const mark = indicator.getBoundingClientRect();
        const inside = mark.left >= cell.left && mark.right <= cell.right && mark.width > 0;
        return [
          `${label.textContent}: ${inside ? "shown" : "cut"}, ${label.scrollWidth <= label.clientWidth ? "whole" : "shortened"}`,
        ];
      }),
    );

  it("never cut a sort control at 1440 px, with or without the pane", async () => {
    const expected = (names: string[]) => names.map((name) => `${name}: shown, whole`);
    const page = await app.open("/", { width: 1440 });
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    await eventually("sort headers", () => sortHeaders(page)).toEqual(
      expected(["Paper", "Chapter", "Kind", "Published"]),
    );
    await row(page, "multibooth").getByText("MultiBooth", { exact: true }).click();
    await paneTitle(page, "MultiBooth").waitFor();
    await eventually("sort headers beside the pane", () => sortHeaders(page)).toEqual(expected(["Paper", "Chapter"]));
  });

  it("keeps room for the paper's name at 1280 px: kind and month step aside", async () => {
    const page = await app.open("/", { width: 1280 });
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    const headers = () => page.locator("thead th").allInnerTexts();
    await eventually("column headers", async () =>
      (await headers()).map((text) => text.replace(/\s*[↕▲▼]$/, "")),
    ).toEqual(["Compare", "Star", "Paper", "Chapter", "Institutions", "Modalities", "Status", "Links"]);
    const nameWidth = () =>
      page.locator("thead th", { hasText: "Paper" }).evaluate((th) => th.getBoundingClientRect().width);
    await eventually("the name column's width", nameWidth).toBeGreaterThan(220);

    // The menu says why the columns it shows as on are not in the table.
    await page.getByRole("button", { name: "Columns" }).click();
    const description = (name: string) =>
      page.getByRole("checkbox", { name, exact: true }).evaluate((box) =>
        (box.getAttribute("aria-describedby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ")
          .trim(),
      );
    await expectEventually(page.getByRole("checkbox", { name: "Kind", exact: true })).toBeChecked();
    await eventually("Kind's description", () => description("Kind")).toBe("Shown in a wider window");
    await eventually("Modalities' description", () => description("Modalities")).toBe("");
  });

  it("keeps the column the table is sorted by, even where it would step aside", async () => {
    const page = await app.open("/?sort=published.desc", { width: 1280 });
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    await expectEventually(page.getByRole("columnheader", { name: /^Published/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
  });

  it("keeps 120 px for the paper's name with every column shown: the table scrolls sideways instead", async () => {
    const page = await app.open("/", { width: 1440 });
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    const overflows = () =>
      page.getByTestId("papers-scroller").evaluate((element) => element.scrollWidth > element.clientWidth);
    // The default columns fit.
    await page.getByRole("columnheader", { name: /^Published/ }).waitFor();
    await eventually("the default table's overflow", overflows).toBe(false);
    await page.getByRole("button", { name: "Columns" }).click();
    for (const name of ["Authors", "Digest"]) await page.getByRole("checkbox", { name, exact: true }).check();
    await page.keyboard.press("Escape");
    await page.getByRole("columnheader", { name: /^Digest/ }).waitFor();
    const nameWidth = () =>
      page.locator("thead th", { hasText: "Paper" }).evaluate((th) => th.getBoundingClientRect().width);
    await eventually("the name column's width", nameWidth).toBeGreaterThanOrEqual(119);
    await eventually("the table's overflow", overflows).toBe(true);
  });
});

describe("density and preview", () => {
  /** Paper rows that show whole inside the table's viewport, below its header. */
  const wholeRows = (page: Page) =>
    page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('[data-testid="papers-scroller"]');
      const head = scroller?.querySelector("thead")?.getBoundingClientRect();
      if (!scroller || !head) return 0;
      const bottom = scroller.getBoundingClientRect().top + scroller.clientTop + scroller.clientHeight;
      return [...scroller.querySelectorAll("tr[data-paper-id]")].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= head.bottom - 1 && box.bottom <= bottom + 1;
      }).length;
    });

  it("shows 20 or more papers in compact rows at 900 px high, and remembers the choice", async () => {
    const page = await app.open("/", { width: 1440 });
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    const compact = page.getByRole("button", { name: "Compact rows" });
    await expectEventually(compact).toHaveAttribute("aria-pressed", "false");
    await eventually("whole rows, comfortable", () => wholeRows(page)).toBeLessThan(20);
    await compact.click();
    await expectEventually(compact).toHaveAttribute("aria-pressed", "true");
    await eventually("whole rows, compact", () => wholeRows(page)).toBeGreaterThanOrEqual(20);

    // Remembered: a reload opens compact; rows still sit where the layout puts them (a deep link's row shows).
    await page.goto(`${new URL(page.url()).origin}/papers/triforce`);
    await paneTitle(page, "TriForce").waitFor();
    await expectEventually(page.getByRole("button", { name: "Compact rows" })).toHaveAttribute("aria-pressed", "true");
    await eventually("whole rows after reload", () => wholeRows(page)).toBeGreaterThanOrEqual(20);
    await expectOpenRowInView(page, "triforce");

    await page.getByRole("button", { name: "Compact rows" }).click();
    await eventually("whole rows, comfortable again", () => wholeRows(page)).toBeLessThan(20);
  });

  it("previews a paper's summary and key results on keyboard focus and on hover", async () => {
    const page = await app.open("/");
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    const card = page.getByRole("tooltip");
    const flashspeech = paperById("flashspeech");

    await scrollToRow(page, "flashspeech");
    await row(page, "flashspeech").focus();
    await expectEventually(card).toContainText(flashspeech.summary.en);
    await expectEventually(card).toContainText("Key results");
    await expectEventually(card).toContainText(flashspeech.results[0]?.value ?? "");
    await expectEventually(row(page, "flashspeech")).toHaveAttribute("aria-describedby", "paper-preview");
    await page.keyboard.press("Escape");
    await expectEventually(card).toHaveCount(0);
    await expectEventually(row(page, "flashspeech")).toHaveAttribute("aria-describedby", null);

    // The next row by the arrow key gets its own card.
    await page.keyboard.press("ArrowDown");
    const next = page.locator("tr[data-paper-id]:focus");
    await expectEventually(next).toHaveCount(1);
    const nextId = (await next.getAttribute("data-paper-id")) ?? "";
    await expectEventually(card).toContainText(paperById(nextId).summary.en);

    // Hovering a paper's name previews it; leaving the name closes it.
    await row(page, "audio-dialogues").getByText("Audio Dialogues", { exact: true }).hover();
    await expectEventually(card).toContainText(paperById("audio-dialogues").summary.en);
    await page.mouse.move(5, 5);
    await expectEventually(card).toHaveCount(0);
  });

  it("previews in Chinese in the Chinese interface", async () => {
    const page = await app.open("/", { locale: "zh-CN" });
    await scrollToRow(page, "flashspeech");
    await row(page, "flashspeech").focus();
    const card = page.getByRole("tooltip");
    await expectEventually(card).toContainText(paperById("flashspeech").summary.zh);
    await expectEventually(card).toContainText("主要结果");
  });
});
