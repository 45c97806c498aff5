import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

const notice = (page: Page) => page.getByRole("alert").filter({ hasText: "Parts of this link were ignored" });
const count = (page: Page, text: string) => page.getByRole("status").getByText(text, { exact: true }).waitFor();

describe("bad URLs", () => {
  it("applies the valid part and names unknown values, wrong types and unknown sort keys", async () => {
    const page = await app.open(
      "/?chapter=audio,BAD,no-such-chapter&modality=smell&kind=method&sort=title.up&inst=nobody&group=yes",
    );
    await count(page, "2 of 66 papers");
    for (const value of ["BAD", "no-such-chapter", "smell", "title.up", "nobody", "yes"])
      await expectEventually(notice(page)).toContainText(`“${value}”`);
    await expectEventually(page.getByRole("checkbox", { name: /^Text-to-audio,/ })).toBeChecked();
  });

  it("leaves values the dataset lacks out of the view: no chip, no clear button, and not written back", async () => {
    const page = await app.open("/?chapter=bogus&coauthors=tsinghua-university,xx");
    await count(page, "9 of 66 papers");
    for (const value of ["bogus", "xx"]) await expectEventually(notice(page)).toContainText(`“${value}”`);
    // The chip names the known institution only.
    await page.getByRole("button", { name: "Co-authored by Tsinghua University", exact: true }).waitFor();

    await page.getByRole("checkbox", { name: /^Agents,/ }).click();
    await count(page, "2 of 66 papers");
    await expectPage(page).toHaveParam("chapter", "agents");
    await expectPage(page).toHaveParam("coauthors", "tsinghua-university");
    await expectEventually(notice(page)).toHaveCount(0);

    const unfiltered = await app.open("/?chapter=bogus");
    await count(unfiltered, "66 of 66 papers");
    await notice(unfiltered).waitFor();
    await expectEventually(unfiltered.getByRole("button", { name: "Clear all filters" })).toHaveCount(0);
  });

  it("survives malformed percent-encoding", async () => {
    const page = await app.open(fixture.url("/?q=%E0%A4%A&chapter=audio&inst=%%"));
    await page
      .getByRole("status")
      .getByText(/ of \d+ papers$/)
      .waitFor();
    const searchBox = page.getByRole("searchbox", { name: "Search papers" });
    await eventually(`${searchBox} value`, () => searchBox.inputValue()).toContain("%A");
    await notice(page).waitFor();
  });

  it("merges repeated list keys and names a repeated search", async () => {
    const page = await app.open(fixture.url("/?chapter=audio&chapter=text-to-image&q=model&q=speech"));
    await notice(page)
      .getByText(/q was given more than once/)
      .waitFor();
    await expectEventually(page.getByRole("checkbox", { name: /^Text-to-image,/ })).toBeChecked();
    await expectEventually(page.getByRole("checkbox", { name: /^Text-to-audio,/ })).toBeChecked();
  });

  it("shortens a 10,000-character search and says so", async () => {
    const page = await app.open(fixture.url(`/?q=${"speech".repeat(1700)}`));
    await notice(page).getByText("The search text was shortened to 200 characters.").waitFor();
    await page.getByRole("heading", { name: "No papers match" }).waitFor();
    const searchBox = page.getByRole("searchbox", { name: "Search papers" });
    await eventually(`${searchBox} value length`, async () => (await searchBox.inputValue()).length).toBe(200);
  });

  it("answers an unknown paper id with a not-found pane and a way back", async () => {
    const page = await app.open(fixture.url("/papers/no-such-paper?chapter=audio"));
    await page.getByRole("heading", { name: "Paper not found" }).waitFor();
    await page.getByRole("link", { name: "Back to the papers" }).click();
    await count(page, fixture.countLine(fixture.dataset.papers.filter((paper) => paper.chapter === "audio").length));
  });

  it("keeps the app usable on an unknown route", async () => {
    const page = await app.open("/%E0%A4%A/../../etc");
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await page.getByRole("link", { name: "Back to the papers" }).click();
    await count(page, "66 of 66 papers");
  });
});
