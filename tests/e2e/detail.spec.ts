import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";

const app = setupApp();

const pane = (page: Page) => page.locator("aside").filter({ has: page.locator("#paper-title") });
const paneTitle = (page: Page, name: string) => page.getByRole("heading", { level: 2, name, exact: true });

/** Waits for the pane to show `name` at `position` of the list and the URL to follow. */
async function expectPaper(page: Page, id: string, name: string, position: string | null, query = "") {
  await expectPage(page).toHaveAddress(`/papers/${id}${query}`);
  await paneTitle(page, name).waitFor();
  if (position) await pane(page).getByText(position, { exact: true }).waitFor();
  await expectPage(page).toHaveTitle(`${name} · Paper Explorer`);
}

describe("detail pane", () => {
  it("opens a paper from a filtered table and steps through that list with buttons and keys", async () => {
    const page = await app.open("/?chapter=audio");
    await page.getByText("9 of 66 papers").waitFor();
    await page
      .getByRole("row", { name: /CoVoMix/ })
      .getByText("CoVoMix", { exact: true })
      .click();
    await expectPaper(page, "covomix", "CoVoMix", "6 of 9", "?chapter=audio");
    // The table stays beside the pane with its filter.
    await expectEventually(page.getByRole("row", { name: /VoiceShop/ })).toBeVisible();

    await page.getByRole("link", { name: "Next paper" }).click();
    await expectPaper(page, "voiceshop", "VoiceShop", "7 of 9", "?chapter=audio");
    await page.keyboard.press("j");
    await expectPaper(page, "mupt", "MuPT", "8 of 9", "?chapter=audio");
    await page.keyboard.press("ArrowRight");
    await expectPaper(page, "wavllm", "WavLLM", "9 of 9", "?chapter=audio");

    // The end of the list: next is off and the key does nothing. Keys are handled in order, so
    // landing on MuPT, the one before WavLLM, with "k" shows that "j" went nowhere.
    await expectEventually(page.getByRole("link", { name: "Next paper" })).toHaveAttribute("aria-disabled", "true");
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    await expectPaper(page, "mupt", "MuPT", "8 of 9", "?chapter=audio");
    await page.keyboard.press("ArrowLeft");
    await expectPaper(page, "voiceshop", "VoiceShop", "7 of 9", "?chapter=audio");
    await page.getByRole("link", { name: "Previous paper" }).click();
    await expectPaper(page, "covomix", "CoVoMix", "6 of 9", "?chapter=audio");

    // Steps are history entries: Back returns to the previous paper.
    await page.goBack();
    await expectPaper(page, "voiceshop", "VoiceShop", "7 of 9", "?chapter=audio");

    // Escape closes to the same filtered table and puts focus back on the paper's row. (The mouse
    // leaves the button first: with its tooltip open, the first Escape closes just the tooltip.)
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => !document.querySelector('[role="tooltip"]'));
    await page.keyboard.press("Escape");
    await expectPage(page).toHaveAddress("/?chapter=audio");
    await page.getByText("9 of 66 papers").waitFor();
    await expectEventually(pane(page)).toHaveCount(0);
    await expectEventually(page.getByRole("row", { name: /VoiceShop/ })).toBeFocused();
  });

  it("cold-opens a detail URL with filters and sort: the table keeps them and steps follow the sort", async () => {
    const page = await app.open("/papers/voiceshop?chapter=audio&sort=name.desc");
    await expectPaper(page, "voiceshop", "VoiceShop", "2 of 9", "?chapter=audio&sort=name.desc");
    await page.getByText("9 of 66 papers").waitFor();
    await expectEventually(page.getByRole("checkbox", { name: /^Text-to-audio, \d+ papers$/ })).toBeChecked();
    await expectEventually(page.getByRole("row", { name: /VoiceShop/ })).toHaveAttribute("aria-current", "true");

    await page.getByRole("link", { name: "Next paper" }).click();
    await expectPaper(page, "tango-2", "Tango 2", "3 of 9", "?chapter=audio&sort=name.desc");
    await page.getByRole("link", { name: "Previous paper" }).click();
    await page.getByRole("link", { name: "Previous paper" }).click();
    await expectPaper(page, "wavllm", "WavLLM", "1 of 9", "?chapter=audio&sort=name.desc");
    await expectEventually(page.getByRole("link", { name: "Previous paper" })).toHaveAttribute("aria-disabled", "true");
  });

  it("says when the filters hide the open paper instead of stepping through an unrelated list", async () => {
    const page = await app.open("/papers/multibooth?chapter=audio");
    await paneTitle(page, "MultiBooth").waitFor();
    await pane(page).getByText("Not in the current list").waitFor();
    await expectEventually(page.getByRole("link", { name: "Next paper" })).toHaveAttribute("aria-disabled", "true");
    // "j" does nothing. Keys are handled in order and Escape adds a history entry, so after
    // closing, Back must return to MultiBooth: had "j" opened another paper, Back would land there.
    await page.keyboard.press("j");
    await page.keyboard.press("Escape");
    await expectPage(page).toHaveAddress("/?chapter=audio");
    await page.goBack();
    await expectPage(page).toHaveAddress("/papers/multibooth?chapter=audio");
    await paneTitle(page, "MultiBooth").waitFor();
  });

  it("keeps its position on one line beside the longest compare button, and beside the outside-the-list note", async () => {
    /** Lines of text in the pane's position (or note), and whether it overlaps the compare button. */
    const position = (page: Page) =>
      pane(page)
        .getByRole("group", { name: "Step through the list" })
        .locator("p")
        .evaluate((text) => {
          // The position's shown text (its longer wording for screen readers is visually hidden).
          const range = document.createRange();
          range.selectNodeContents(text.querySelector('[aria-hidden="true"]') ?? text);
          const shown = [...range.getClientRects()].filter((rect) => rect.width > 1 && rect.height > 1);
          const box = text.getBoundingClientRect();
          const button = [...document.querySelectorAll("aside button")].find((b) =>
            /compare/.test(b.textContent ?? ""),
          );
          const other = button?.getBoundingClientRect();
          const overlaps =
            !!other &&
            box.left < other.right &&
            other.left < box.right &&
            box.top < other.bottom &&
            other.top < box.bottom;
          return { lines: new Set(shown.map((rect) => Math.round(rect.top))).size, overlaps };
        });
    const page = await app.open("/", { width: 1280, height: 800 });
    await page.getByRole("checkbox", { name: "Select MultiBooth for comparison" }).check();
    await page
      .getByRole("row", { name: /MultiBooth/ })
      .getByText("MultiBooth", { exact: true })
      .click();
    await expectPaper(page, "multibooth", "MultiBooth", "1 of 66");
    await pane(page).getByRole("button", { name: "Remove from compare" }).waitFor();
    await eventually("the position beside Remove from compare", () => position(page)).toEqual({
      lines: 1,
      overlaps: false,
    });

    await page.goto(`${new URL(page.url()).origin}/papers/autowebglm?chapter=audio`);
    await pane(page).getByText("Not in the current list").waitFor();
    await eventually("the note beside Add to compare", () => position(page)).toEqual({
      lines: 1,
      overlaps: false,
    });
  });

  it("keeps its keys out of text fields and away from modified key presses", async () => {
    const page = await app.open("/papers/covomix?chapter=audio");
    await expectPaper(page, "covomix", "CoVoMix", "6 of 9", "?chapter=audio");
    const finder = page.getByRole("searchbox", { name: "Find an institution" });
    await finder.focus();
    await page.keyboard.press("j");
    await page.keyboard.press("ArrowRight");
    await expectEventually(finder).toHaveValue("j");
    await page.keyboard.press("Escape");

    await pane(page).getByRole("heading", { name: "Summary" }).click();
    await page.keyboard.press("Control+ArrowRight");
    await page.keyboard.press("Alt+j");
    await page.keyboard.press("Shift+J");
    // Keys are handled in order: a plain "j" now landing on the paper after CoVoMix shows that no
    // key before it stepped or closed the pane.
    await page.keyboard.press("j");
    await expectPaper(page, "voiceshop", "VoiceShop", "7 of 9", "?chapter=audio");
  });

  it("resolves an arXiv-id URL to the paper and moves the address to its id", async () => {
    const page = await app.open("/papers/2404.14239?chapter=text-to-image");
    await expectPaper(page, "multibooth", "MultiBooth", "1 of 9", "?chapter=text-to-image");
    await pane(page).getByText("2404.14239", { exact: true }).waitFor();
  });

  it("shows a not-found pane with a way back to the same list", async () => {
    const page = await app.open("/papers/no-such-paper?chapter=audio");
    const alert = page.getByRole("alert").filter({ hasText: "Paper not found" });
    await alert.waitFor();
    await expectEventually(alert).toContainText("“no-such-paper”");
    await expectPage(page).toHaveTitle("Paper not found · Paper Explorer");
    await page.getByText("9 of 66 papers").waitFor();
    await alert.getByRole("link", { name: "Back to the papers" }).click();
    await expectPage(page).toHaveAddress("/?chapter=audio");
    await expectPage(page).toHaveTitle("Papers · Paper Explorer");
  });

  it("shows everything the dataset knows, with safe links and institutions that filter the table", async () => {
    const page = await app.open("/papers/controlnet-plus-plus");
    await expectPaper(page, "controlnet-plus-plus", "ControlNet++", null);
    const detail = pane(page);
    await detail
      .getByText("ControlNet++: Improving Conditional Controls with Efficient Consistency Feedback")
      .waitFor();
    await detail.getByText("Controlnet++:利用高效一致性反馈改进条件控制").waitFor();
    for (const text of ["Text-to-image", "controllable generation", "Method", "2024-04", "2404.07987"]) {
      await detail.getByText(text, { exact: true }).first().waitFor();
    }
    // Results as a list, notes, both summaries marked with their language.
    const results = detail.getByRole("region", { name: "Results" }).getByRole("listitem");
    await expectEventually(results).toHaveCount(3);
    await expectEventually(results.first()).toContainText("+7.9% mIoU gain over ControlNet");
    await detail
      .getByRole("region", { name: "Notes and caveats" })
      .getByText(/spells the name "Controlnet\+\+"/)
      .waitFor();
    const chineseTexts = detail.locator('[lang="zh-CN"]').filter({ hasText: "ControlNet++" });
    await eventually(`${chineseTexts} count`, () => chineseTexts.count()).toBeGreaterThan(0);
    await expectEventually(detail.locator('[lang="en"]').filter({ hasText: "cycle-consistency" })).toHaveCount(1);

    const pdf = detail.getByRole("link", { name: /^PDF/ });
    await expectEventually(pdf).toHaveAttribute("href", "https://arxiv.org/pdf/2404.07987");
    await expectEventually(pdf).toHaveAttribute("target", "_blank");
    await expectEventually(pdf).toHaveAttribute("rel", "noopener noreferrer");
    await expectEventually(detail.getByRole("link", { name: /^arXiv/ })).toHaveAttribute(
      "href",
      "https://arxiv.org/abs/2404.07987",
    );

    // Related papers say why they are related.
    const related = detail.getByRole("region", { name: "Related papers" });
    const idAligner = related.getByRole("listitem").filter({ hasText: "ID-Aligner" });
    await expectEventually(idAligner).toContainText("same institution: ByteDance");

    await detail.getByRole("link", { name: "ByteDance" }).click();
    await expectPage(page).toHaveAddress("/?inst=bytedance");
    await page.getByText("3 of 66 papers").waitFor();
  });

  it("opens a related paper keeping the filters", async () => {
    const page = await app.open("/papers/multibooth?chapter=text-to-image");
    await expectPaper(page, "multibooth", "MultiBooth", "1 of 9", "?chapter=text-to-image");
    await pane(page).getByRole("region", { name: "Related papers" }).getByRole("link", { name: "MoA" }).click();
    await expectPaper(page, "moa", "MoA", "4 of 9", "?chapter=text-to-image");
  });

  it("is the whole page on a narrow screen and closes back to the table", async () => {
    const page = await app.open("/papers/covomix?chapter=audio", { width: 800 });
    await expectPaper(page, "covomix", "CoVoMix", "6 of 9", "?chapter=audio");
    await expectEventually(page.getByRole("row", { name: /VoiceShop/ })).toBeHidden();
    await page.getByRole("button", { name: "Close the paper" }).click();
    await expectPage(page).toHaveAddress("/?chapter=audio");
    await page.getByRole("row", { name: /VoiceShop/ }).waitFor();
  });

  it("speaks Chinese", async () => {
    const page = await app.open("/papers/multibooth", { locale: "zh-CN" });
    await paneTitle(page, "MultiBooth").waitFor();
    await page.getByRole("link", { name: "下一篇" }).waitFor();
    await page.getByRole("button", { name: "加入对比" }).waitFor();
    await pane(page).getByRole("link", { name: "清华大学" }).waitFor();
    const related = pane(page).getByRole("region", { name: "相关论文" });
    await expectEventually(related).toHaveText(/相同任务|同一机构/);
    await expectPage(page).toHaveTitle("MultiBooth · 论文浏览器");
  });
});
