import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupApp } from "./support/browser";

const app = setupApp();

const notice = (page: Page) => page.getByRole("alert").filter({ hasText: "Parts of this link were ignored" });
const count = (page: Page, text: string) => page.getByRole("status").getByText(text, { exact: true }).waitFor();

describe("bad URLs", () => {
  it("applies the valid part and names unknown values, wrong types and unknown sort keys", async () => {
    const page = await app.open(
      "/?chapter=audio,BAD,no-such-chapter&modality=smell&kind=method&sort=title.up&inst=nobody&group=yes",
    );
    await count(page, "2 of 66 papers");
    const text = await notice(page).textContent();
    for (const value of ["BAD", "no-such-chapter", "smell", "title.up", "nobody", "yes"])
      expect(text).toContain(`“${value}”`);
    expect(await page.getByRole("checkbox", { name: /^Text-to-audio,/ }).isChecked()).toBe(true);
  });

  it("survives malformed percent-encoding", async () => {
    const page = await app.open("/?q=%E0%A4%A&chapter=audio&inst=%%");
    await page
      .getByRole("status")
      .getByText(/of 66 papers$/)
      .waitFor();
    expect(await page.getByRole("searchbox", { name: "Search papers" }).inputValue()).toContain("%A");
    await notice(page).waitFor();
  });

  it("merges repeated list keys and names a repeated search", async () => {
    const page = await app.open("/?chapter=audio&chapter=video&q=model&q=speech");
    await notice(page)
      .getByText(/q was given more than once/)
      .waitFor();
    expect(await page.getByRole("checkbox", { name: /^Text\/image-to-video,/ }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: /^Text-to-audio,/ }).isChecked()).toBe(true);
  });

  it("shortens a 10,000-character search and says so", async () => {
    const page = await app.open(`/?q=${"speech".repeat(1700)}`);
    await notice(page).getByText("The search text was shortened to 200 characters.").waitFor();
    await page.getByRole("heading", { name: "No papers match" }).waitFor();
    expect((await page.getByRole("searchbox", { name: "Search papers" }).inputValue()).length).toBe(200);
  });

  it("answers an unknown paper id with a not-found pane and a way back", async () => {
    const page = await app.open("/papers/no-such-paper?chapter=audio");
    await page.getByRole("heading", { name: "Paper not found" }).waitFor();
    await page.getByRole("link", { name: "Back to the papers" }).click();
    await count(page, "9 of 66 papers");
  });

  it("keeps the app usable on an unknown route", async () => {
    const page = await app.open("/%E0%A4%A/../../etc");
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await page.getByRole("link", { name: "Back to the papers" }).click();
    await count(page, "66 of 66 papers");
  });
});
