import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

/** The characters that reorder text on screen (stripped from datasets at validation). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const RLO = "%E2%80%AE";
const LRI = "%E2%81%A6";
const PDI = "%E2%81%A9";
const RLM = "%E2%80%8F";

const notice = (page: Page) => page.getByRole("alert").filter({ hasText: "Parts of this link were ignored" });

describe("text from the URL", () => {
  it("is shown without direction controls in the URL notice", async () => {
    const page = await app.open(
      fixture.url(`/?chapter=${RLO}exe.png&inst=${LRI}evil${PDI}.com&kind=${RLM}model${RLM}x&q=a&q=${RLO}txt.exe`),
    );
    const shown = notice(page);
    // Rendered with the override, “exe.png” would read as “gnp.exe”.
    await expectEventually(shown).toContainText("“exe.png” is not a valid value for chapter.");
    await expectEventually(shown).toContainText("“evil.com” is not a valid value for inst.");
    await expectEventually(shown).toContainText("“modelx” is not a valid value for kind.");
    await expectEventually(shown).toContainText("ignored: “txt.exe”");
    await eventually("text of the notice", () => shown.textContent()).not.toMatch(BIDI_CONTROLS);
  });

  it("is shown without direction controls when a dataset address is refused", async () => {
    const page = await app.open(`/?dataset=${encodeURIComponent("https://evil.example/\u202Enosj.exe")}`);
    const failure = page.getByRole("alert");
    await expectEventually(failure).toContainText("“https://evil.example/nosj.exe” is not on this site.");
    await eventually("text of the failure", () => failure.textContent()).not.toMatch(BIDI_CONTROLS);
  });

  it("names ten problems and says how many more there are", async () => {
    const bad = Array.from({ length: 15 }, (_, i) => `no-such-chapter-${i + 1}`);
    const page = await app.open(fixture.url(`/?chapter=${bad.join(",")}`));
    const shown = notice(page);
    await expectEventually(shown.getByRole("listitem")).toHaveCount(10);
    await expectEventually(shown.getByRole("listitem").first()).toHaveText(
      "“no-such-chapter-1” is not a valid value for chapter.",
    );
    await expectEventually(shown.getByRole("listitem").last()).toHaveText(
      "“no-such-chapter-10” is not a valid value for chapter.",
    );
    await expectEventually(shown).toContainText("…and 5 more.");
  });
});

describe("a file name", () => {
  it("is shown without direction controls in the dataset menu", async () => {
    const page = await app.open(fixture.url("/"));
    await page.getByRole("status").getByText(fixture.countLine()).waitFor();
    await page.getByRole("button", { name: "Dataset" }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Open a dataset file…" }).click(),
    ]);
    await chooser.setFiles({
      name: "papers-\u202Enosj.exe",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(fixture.dataset)),
    });
    // The menu stays open and names the file it opened, exactly and without the override.
    const { papers, institutions } = fixture.dataset;
    await expectEventually(
      page.getByRole("dialog", { name: "Dataset" }).getByText(/ papers, \d+ institutions\.$/),
    ).toHaveText(`papers-nosj.exe: ${papers.length} papers, ${institutions.length} institutions.`);
  });
});
