import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";

const app = setupApp();

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
