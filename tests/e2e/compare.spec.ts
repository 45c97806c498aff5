import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";

const app = setupApp();

const columnLinks = (page: Page) => page.getByRole("columnheader").getByRole("link");
const rowHeader = (page: Page, name: string) => page.getByRole("rowheader", { name: new RegExp(`^${name}`) });
const tray = (page: Page) => page.getByRole("region", { name: "Compare tray" });
const problems = (page: Page) => page.getByRole("alert").filter({ hasText: "Parts of this link were left out" });

describe("compare", () => {
  it("builds a comparison from selected rows, then removes and reorders papers with the URL following", async () => {
    const page = await app.open("/?chapter=text-to-image");
    for (const name of ["MultiBooth", "ID-Aligner", "MoA"]) {
      await page.getByRole("checkbox", { name: `Select ${name} for comparison` }).check();
    }
    // The tray shows the picks while browsing.
    await tray(page).getByText("To compare (3/4)").waitFor();
    await expectEventually(tray(page).getByRole("button", { name: /^Remove .+ from the compare tray$/ })).toHaveCount(
      3,
    );

    await page.getByRole("main").getByRole("link", { name: "Compare 3" }).click();
    await expectPage(page).toHavePath("/compare");
    await expectPage(page).toHaveParam("ids", "multibooth,id-aligner,moa");
    await expectPage(page).toHaveParam("chapter", "text-to-image");
    await expectEventually(columnLinks(page)).toHaveText(["MultiBooth", "ID-Aligner", "MoA"]);
    await expectPage(page).toHaveTitle("Compare MultiBooth, ID-Aligner, and MoA · Paper Explorer");
    // The comparison itself shows the papers; the tray steps aside.
    await tray(page).waitFor({ state: "detached" });

    // Shared and differing values are marked in words, not only colour.
    await expectEventually(rowHeader(page, "Chapter")).toContainText("Same for all");
    await expectEventually(rowHeader(page, "Institutions")).toContainText("Differs");
    const taskRow = page.getByRole("row").filter({ has: rowHeader(page, "Tasks") });
    await expectEventually(taskRow.getByText("personalization (in every paper)")).toHaveCount(3);
    await expectEventually(taskRow.getByText("multi concept generation", { exact: true })).toHaveCount(2);

    await page.getByRole("button", { name: "Remove ID-Aligner from the comparison" }).click();
    await expectPage(page).toHaveParam("ids", "multibooth,moa");
    await expectEventually(columnLinks(page)).toHaveText(["MultiBooth", "MoA"]);
    // Focus stays in the table, on the next column's remove button.
    await expectEventually(page.getByRole("button", { name: "Remove MoA from the comparison" })).toBeFocused();

    await page.goBack();
    await expectPage(page).toHaveParam("ids", "multibooth,id-aligner,moa");
    await page.getByRole("columnheader", { name: /ID-Aligner/ }).waitFor();

    await page.getByRole("button", { name: "Move MoA left" }).click();
    await expectPage(page).toHaveParam("ids", "multibooth,moa,id-aligner");
    await expectEventually(columnLinks(page)).toHaveText(["MultiBooth", "MoA", "ID-Aligner"]);
    // Keyboard: focus followed the moved column, so Enter moves it again.
    await expectEventually(page.getByRole("button", { name: "Move MoA left" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expectPage(page).toHaveParam("ids", "moa,multibooth,id-aligner");
    await expectEventually(columnLinks(page)).toHaveText(["MoA", "MultiBooth", "ID-Aligner"]);
    // At the left edge, focus moves to the button that still works.
    await expectEventually(page.getByRole("button", { name: "Move MoA right" })).toBeFocused();

    // Reordering replaced the history entry instead of adding to it: Back leaves the comparison.
    await page.goBack();
    await expectPage(page).toHavePath("/");
  });

  it("hides rows that are the same for all papers", async () => {
    const page = await app.open("/compare?ids=multibooth,moa");
    await rowHeader(page, "Chapter").waitFor();
    await page.getByRole("switch", { name: "Hide rows that are the same for all" }).check();
    await page.getByRole("status").getByText("6 rows hidden").waitFor();
    for (const name of ["Chapter", "Modalities", "Tasks", "Kind", "Published", "Results"]) {
      await expectEventually(rowHeader(page, name)).toHaveCount(0);
    }
    for (const name of ["Institutions", "Summary", "Links"]) {
      await expectEventually(rowHeader(page, name)).toHaveCount(1);
    }
    await page.getByRole("switch", { name: "Hide rows that are the same for all" }).uncheck();
    await rowHeader(page, "Chapter").waitFor();
  });

  it("keeps the tray clear of an open paper's pane, with every button whole", async () => {
    const page = await app.open("/", { width: 1280, height: 800 });
    for (const name of ["MultiBooth", "ID-Aligner", "LazyDiffusion", "MoA"]) {
      await page.getByRole("checkbox", { name: `Select ${name} for comparison` }).check();
    }
    await tray(page).getByText("To compare (4/4)").waitFor();
    await page.locator('tr[data-paper-id="multibooth"]').getByText("MultiBooth", { exact: true }).click();
    const pane = page.locator("aside").filter({ has: page.locator("#paper-title") });
    await pane.getByRole("heading", { level: 2, name: "MultiBooth" }).waitFor();
    const overlap = async () => {
      const [bar, side] = await Promise.all([tray(page).boundingBox(), pane.boundingBox()]);
      return bar && side ? Math.max(0, bar.x + bar.width - side.x) : null;
    };
    await eventually("the tray's overlap with the pane, px", overlap).toBe(0);
    // What the pane shows at its foot is the pane's, not the tray's: its links take their clicks.
    const arxiv = pane.getByRole("link", { name: /^arXiv/ });
    await eventually("the arXiv link is on top", () =>
      arxiv.evaluate((link) => {
        const box = link.getBoundingClientRect();
        return link.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
      }),
    ).toBe(true);
    const cut = () =>
      tray(page)
        .locator("button, a")
        .evaluateAll((controls) =>
          controls.filter((control) => control.scrollWidth > control.clientWidth + 1).map((c) => c.textContent),
        );
    await eventually("tray controls cut short", cut).toEqual([]);
  });

  it("is reachable from the detail pane's “Add to compare” and the tray", async () => {
    const page = await app.open("/papers/flashspeech");
    await page.getByRole("button", { name: "Add to compare" }).click();
    await page.getByRole("button", { name: "Remove from compare" }).waitFor();
    await tray(page).getByText("To compare (1/4)").waitFor();
    await expectEventually(tray(page).getByRole("link", { name: "Compare 1" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );

    await page.getByRole("link", { name: "Next paper" }).click();
    await page.getByRole("heading", { level: 2, name: "Long-form music generation (Stability AI)" }).waitFor();
    await page.getByRole("button", { name: "Add to compare" }).click();
    await page.getByRole("link", { name: "Next paper" }).click();
    await page.getByRole("heading", { level: 2, name: "Tango 2" }).waitFor();
    await page.getByRole("button", { name: "Add to compare" }).click();
    await tray(page)
      .getByRole("button", { name: "Remove Long-form music generation (Stability AI) from the compare tray" })
      .click();
    await tray(page).getByText("To compare (2/4)").waitFor();

    await tray(page).getByRole("link", { name: "Compare 2" }).click();
    await expectPage(page).toHavePath("/compare");
    await expectPage(page).toHaveParam("ids", "flashspeech,tango-2");
    await expectEventually(columnLinks(page)).toHaveText(["FlashSpeech", "Tango 2"]);

    // The tray survives a reload and can be cleared.
    await page.goto(page.url().replace(/\/compare.*/, "/"));
    await tray(page).getByRole("button", { name: "Clear" }).click();
    await tray(page).waitFor({ state: "detached" });
  });

  describe("bad links", () => {
    it("fewer than two papers: says so, shows the one there is and lets the reader add another", async () => {
      const page = await app.open("/compare?ids=multibooth");
      const alert = page.getByRole("alert").filter({ hasText: "Not enough papers to compare" });
      await alert
        .getByText("A comparison needs at least 2 papers; only MultiBooth is left.", { exact: false })
        .waitFor();
      await expectEventually(columnLinks(page)).toHaveText(["MultiBooth"]);

      await page.getByRole("combobox", { name: "Add a paper" }).fill("MoA");
      await page.getByRole("option", { name: "MoA" }).click();
      await expectPage(page).toHaveParam("ids", "multibooth,moa");
      await expectEventually(columnLinks(page)).toHaveText(["MultiBooth", "MoA"]);
      await expectEventually(alert).toHaveCount(0);
    });

    it("more than four: shows the first four and names the ones left out", async () => {
      const page = await app.open("/compare?ids=multibooth,id-aligner,lazydiffusion,moa,controlnet-plus-plus");
      await problems(page).getByText("A comparison shows at most 4 papers, so ControlNet++ was left out.").waitFor();
      await expectEventually(columnLinks(page)).toHaveText(["MultiBooth", "ID-Aligner", "LazyDiffusion", "MoA"]);
      // Removing one lets the left-out paper in.
      await page.getByRole("button", { name: "Remove LazyDiffusion from the comparison" }).click();
      await expectPage(page).toHaveParam("ids", "multibooth,id-aligner,moa,controlnet-plus-plus");
      await expectEventually(columnLinks(page)).toHaveText(["MultiBooth", "ID-Aligner", "MoA", "ControlNet++"]);
      await expectEventually(problems(page)).toHaveCount(0);
    });

    it("unknown ids: named, the rest compared, and the link can be tidied", async () => {
      const page = await app.open("/compare?ids=multibooth,nope,moa");
      await problems(page).getByText("No paper in this dataset has the id “nope”.").waitFor();
      await expectEventually(columnLinks(page)).toHaveText(["MultiBooth", "MoA"]);
      await page.getByRole("button", { name: "Keep only the papers shown" }).click();
      await expectPage(page).toHaveParam("ids", "multibooth,moa");
      await expectEventually(problems(page)).toHaveCount(0);
    });

    it("duplicated ids: named and shown once, and the link is not silently rewritten", async () => {
      const page = await app.open("/compare?ids=multibooth,moa,multibooth");
      await problems(page).getByText("“multibooth” is listed more than once; it is shown once.").waitFor();
      await expectEventually(columnLinks(page)).toHaveText(["MultiBooth", "MoA"]);
      await expectPage(page).toHaveParam("ids", "multibooth,moa,multibooth");
    });

    it("malformed ids and an arXiv id naming the same paper twice", async () => {
      const page = await app.open("/compare?ids=multibooth,Not%20An%20Id,2404.14239,moa");
      await problems(page).getByText("“Not An Id” is not a valid paper id.").waitFor();
      await problems(page).getByText("“2404.14239” is listed more than once; it is shown once.").waitFor();
      await expectEventually(columnLinks(page)).toHaveText(["MultiBooth", "MoA"]);
    });

    it("nothing usable: explains why there is no table", async () => {
      const page = await app.open("/compare?ids=nope,zilch");
      await problems(page).getByText("No paper in this dataset has these ids: “nope” and “zilch”.").waitFor();
      await page.getByText("None of the requested papers is in this dataset").waitFor();
      await expectEventually(page.getByRole("table")).toHaveCount(0);
      await expectPage(page).toHaveTitle("Compare papers · Paper Explorer");
    });

    it("in Chinese too", async () => {
      const page = await app.open("/compare?ids=multibooth,nope,moa", { locale: "zh-CN" });
      await page.getByText("当前数据集中没有 id 为“nope”的论文。").waitFor();
      await page.getByRole("columnheader", { name: /MoA/ }).waitFor();
    });
  });

  it("without ids, says how to pick papers and offers the tray", async () => {
    const page = await app.open("/?chapter=audio");
    await page.getByRole("checkbox", { name: "Select CoVoMix for comparison" }).check();
    await page.getByRole("checkbox", { name: "Select WavLLM for comparison" }).check();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
    await page.getByRole("heading", { name: "Nothing to compare yet" }).waitFor();
    await page.getByRole("link", { name: "Compare the 2 picked papers" }).click();
    await expectPage(page).toHaveParam("ids", "covomix,wavllm");
    await expectEventually(columnLinks(page)).toHaveText(["CoVoMix", "WavLLM"]);
  });
});
