import type { Locator, Page } from "playwright-core";
import { describe, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually } from "./support/expect-eventually";

const app = setupApp();

const PHONE = { width: 390, height: 844 };

/** How far the page is wider than the screen (0 or less: no sideways scrolling). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => (document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY) - window.innerWidth);

/** The element's box, relative to the viewport. */
const box = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);

/** Whether the element is the one a tap at its centre reaches (nothing covers it), and shows all its text. */
const reachableAndWhole = (locator: Locator) =>
  locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return {
      reachable: hit !== null && element.contains(hit),
      inside: rect.left >= 0 && rect.right <= window.innerWidth,
      whole: element.scrollWidth <= element.clientWidth,
    };
  });

const WHOLE = { reachable: true, inside: true, whole: true };

describe("on a phone (390 × 844)", () => {
  it("shows the papers as cards of name, title, chapter and institutions, one per fixed-height row", async () => {
    const page = await app.open("/", PHONE);
    const card = page.locator('tr[data-paper-id="multibooth"]');
    await card.waitFor();
    await eventually("the row's layout", () => card.evaluate((row) => getComputedStyle(row).display)).toBe("grid");
    // Still a table row to assistive technology, named by its paper.
    await expectEventually(page.getByRole("row", { name: /MultiBooth/ })).toHaveCount(1);
    for (const text of ["MultiBooth", "MultiBooth: Towards Generating", "Text-to-image", "Tsinghua University"]) {
      await expectEventually(card.getByText(text).first()).toBeVisible();
    }
    // Nothing scrolls sideways: not the page, not the list.
    await eventually("page overflow", () => pageOverflow(page)).toBeLessThanOrEqual(0);
    const scroller = page.getByTestId("papers-scroller");
    await eventually("list overflow", () => scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    // A card is as wide as the list.
    await eventually("card width", async () => (await box(card)).width).toBeGreaterThan(340);

    // Rows sit where the layout puts them: the next card starts where this one ends.
    const next = page.locator('tr[data-paper-id="id-aligner"]');
    await eventually("gap between cards", async () => (await box(next)).top - (await box(card)).bottom).toBe(0);
    // The arithmetic holds to the end of the list: scrolled to the bottom, the last paper ends it.
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const last = page.locator('tr[data-item-index="65"]');
    await last.waitFor();
    await eventually("last card against the list's bottom", async () => {
      const [row, list] = [await box(last), await box(scroller)];
      return Math.abs(row.bottom - (list.bottom - 1));
    }).toBeLessThanOrEqual(1);
    await eventually("gap before the last card", async () => {
      const previous = page.locator('tr[data-item-index="64"]');
      return (await box(last)).top - (await box(previous)).bottom;
    }).toBe(0);
  });

  for (const [locale, headers] of [
    ["en-US", ["Paper", "Chapter"]],
    ["zh-CN", ["论文", "章节"]],
  ] as const) {
    it(`shows each card's title whole between its name and its chapter line, the star on the name's line (${locale})`, async () => {
      const page = await app.open("/", { ...PHONE, locale });
      // A paper whose title (or Chinese heading) takes two lines in either language.
      const card = page.locator('tr[data-paper-id="id-aligner"]');
      await card.waitFor();
      // Where the card's parts are, in the order a reader scans them; each cell clips what it holds.
      const parts = () =>
        card.evaluate((row) => {
          const rect = (element: Element | null | undefined) => element?.getBoundingClientRect() ?? new DOMRect();
          const name = row.querySelector("[data-preview-anchor]");
          const title = name?.lastElementChild;
          const nameCell = rect(name?.closest("td"));
          const [nameLine, titleBox] = [rect(name?.firstElementChild), rect(title)];
          // The columns run select, star, name, chapter: the star's cell is before the name's.
          const star = rect(name?.closest("td")?.previousElementSibling);
          const chapterLine = rect(name?.closest("td")?.nextElementSibling);
          const lineHeight = title ? Number.parseFloat(getComputedStyle(title).lineHeight) : 1;
          return {
            titleLines: Math.round(titleBox.height / lineHeight),
            titleInsideItsCell: titleBox.top >= nameCell.top && titleBox.bottom <= nameCell.bottom,
            titleAboveChapterLine: titleBox.bottom <= chapterLine.top,
            starOnNameLine: star.top < nameLine.bottom && star.bottom > nameLine.top,
          };
        });
      await eventually("the card's parts", parts).toEqual({
        titleLines: 2,
        titleInsideItsCell: true,
        titleAboveChapterLine: true,
        starOnNameLine: true,
      });
      // The sort buttons' labels are whole: the row of headers has room for them.
      for (const header of headers) {
        const label = page.getByRole("columnheader").getByRole("button", { name: header });
        await eventually(`the ${header} header's label`, () =>
          label.evaluate((button) => {
            const text = button.firstElementChild;
            return text ? text.scrollWidth <= text.clientWidth : false;
          }),
        ).toBe(true);
      }
    });
  }

  it("gives focus back to the row after a paper's page and Back, with no preview card over the list", async () => {
    // The page's clock runs the preview's delay at once, so a card that would open has opened.
    const page = await app.open("/", { ...PHONE, hasTouch: true, beforeLoad: (next) => next.clock.install() });
    // Every card the page shows, by paper name, in order.
    await page.evaluate(() => {
      const shown: string[] = [];
      Object.assign(window, { previewsShown: shown });
      new MutationObserver(() => {
        const name = document.getElementById("paper-preview")?.firstElementChild?.textContent;
        if (name && shown.at(-1) !== name) shown.push(name);
      }).observe(document.body, { childList: true, subtree: true });
    });
    const previewsShown = () => page.evaluate(() => (window as unknown as { previewsShown: string[] }).previewsShown);
    const row = page.locator('tr[data-paper-id="id-aligner"]');
    await row.getByText("ID-Aligner", { exact: true }).tap();
    await page.getByRole("heading", { level: 2, name: "ID-Aligner", exact: true }).waitFor();
    await page.goBack();
    await expectEventually(row).toBeFocused();
    await page.clock.runFor(1_000);

    // Arrowing on from the keyboard does preview the next row, inside the screen: a sign that any
    // card for the row given focus back would have shown by now.
    await page.keyboard.press("ArrowDown");
    await page.clock.runFor(1_000);
    const card = page.getByRole("tooltip");
    await expectEventually(card).toContainText("LazyDiffusion");
    await eventually("the card inside the screen", async () => {
      const { left, right, top, bottom } = await box(card);
      return left >= 0 && top >= 0 && right <= PHONE.width && bottom <= PHONE.height;
    }).toBe(true);
    await eventually("the cards shown", previewsShown).toEqual(["LazyDiffusion"]);
  });

  it("fits the comparison: the papers scroll inside their own area, the labels stay", async () => {
    const page = await app.open("/compare?ids=multibooth,moa,id-aligner", PHONE);
    const lastPaper = page.getByRole("columnheader").getByRole("link", { name: "ID-Aligner" });
    await lastPaper.waitFor();
    await eventually("page overflow", () => pageOverflow(page)).toBeLessThanOrEqual(0);

    const area = page.locator(".mantine-TableScrollContainer-scrollContainer");
    await eventually("comparison scrolls sideways", () => area.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(
      true,
    );
    await area.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await eventually("last paper in view", async () => (await box(lastPaper)).right).toBeLessThanOrEqual(PHONE.width);
    // The row labels stay at the left edge while the papers scroll.
    const label = page.getByRole("rowheader", { name: /^Institutions/ });
    await eventually("row label position", async () => (await box(label)).left).toBeGreaterThanOrEqual(0);
    await eventually("row label reachable", async () => (await reachableAndWhole(label)).reachable).toBe(true);
    await eventually("page overflow after scrolling", () => pageOverflow(page)).toBeLessThanOrEqual(0);
  });

  it("shows the compare tray's buttons whole, under the navigation drawer, whose buttons are labelled", async () => {
    const page = await app.open("/?chapter=text-to-image", PHONE);
    for (const name of ["MultiBooth", "ID-Aligner", "MoA", "LazyDiffusion"]) {
      await page.getByRole("checkbox", { name: `Select ${name} for comparison` }).check();
    }
    const tray = page.getByRole("region", { name: "Compare tray" });
    await expectEventually(tray.getByRole("button", { name: /^Remove .+ from the compare tray$/ })).toHaveCount(4);
    for (const name of ["Clear", "Compare 4", "Cite", "Share these papers"]) {
      const button = tray.getByRole(name === "Compare 4" ? "link" : "button", { name, exact: true });
      await eventually(`tray: ${name}`, () => reachableAndWhole(button)).toEqual(WHOLE);
    }

    await page.getByRole("button", { name: "Menu" }).click();
    const drawer = page.getByRole("dialog", { name: "Menu" });
    await drawer.getByRole("link", { name: "Overview" }).waitFor();
    // The controls (saved views, dataset, colour scheme), not the drawer's own close button.
    const buttons = drawer.locator(".mantine-Drawer-body").getByRole("button");
    await eventually("drawer buttons", () => buttons.count()).toBeGreaterThanOrEqual(3);
    for (const button of await buttons.all()) {
      // Each says what it does in words (not an icon alone) and nothing covers it.
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point; hidden text must not count.
      await eventually("drawer button text", async () => (await button.innerText()).trim().length).toBeGreaterThan(1);
      await eventually("drawer button", () => reachableAndWhole(button)).toEqual(WHOLE);
    }
    // Where the tray and the drawer overlap, the drawer is on top.
    const [trayBox, drawerBox] = [await box(tray), await box(drawer)];
    const x = (Math.max(trayBox.left, drawerBox.left) + Math.min(trayBox.right, drawerBox.right)) / 2;
    const y = trayBox.top + trayBox.height / 2;
    await eventually("what is on top where tray and drawer overlap", () =>
      page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.closest("[role=dialog]") !== null, [
        x,
        y,
      ] as const),
    ).toBe(true);
  });
});
