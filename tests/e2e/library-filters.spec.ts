import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

const countLine = (page: Page) => page.getByRole("status").filter({ hasText: /papers$/ });
const rowNames = (page: Page) =>
  page.getByRole("row").filter({ has: page.getByRole("checkbox", { name: /for comparison$/ }) });

async function openFixture(path = "/") {
  const page = await app.open(fixture.url(path));
  await countLine(page).getByText(fixture.countLine()).waitFor();
  return page;
}

/** Opens a paper's pane from the table and waits for its "Your notes" section. */
async function openPaper(page: Page, name: string) {
  await page.getByRole("row", { name: new RegExp(name) }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
  return page.getByTestId("library-section");
}

describe("the library as filters", () => {
  it("stars and statuses set in rows, and tags set in the pane, narrow the table with counts", async () => {
    const page = await openFixture();
    // Row controls: star two papers, give one a status.
    await page.getByRole("button", { name: "Star MultiBooth" }).click();
    await page.getByRole("button", { name: "Star SpeechCodec" }).click();
    await expectEventually(page.getByRole("button", { name: "Star SpeechCodec" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await page.getByRole("combobox", { name: "Reading status of LazyDiffusion" }).selectOption("to-read");
    await page.getByRole("combobox", { name: "Reading status of MultiBooth" }).selectOption("read");
    // Tags from the pane.
    const section = await openPaper(page, "MultiBooth");
    const tags = section.getByRole("combobox", { name: "Tags" });
    await tags.fill("survey");
    await tags.press("Enter");
    await tags.fill("rl");
    await tags.press("Enter");
    await expectEventually(section.getByText("rl", { exact: true })).toBeVisible();
    const other = (await openPaper(page, "SpeechCodec")).getByRole("combobox", { name: "Tags" });
    await other.fill("survey");
    await other.press("Enter");

    // Facets count the reader's own values.
    await expectEventually(page.getByRole("checkbox", { name: /^Starred, 2 papers$/ })).toHaveCount(1);
    await expectEventually(page.getByRole("checkbox", { name: /^To read, 1 paper$/ })).toHaveCount(1);
    await expectEventually(page.getByRole("checkbox", { name: /^Read, 1 paper$/ })).toHaveCount(1);
    await expectEventually(page.getByRole("checkbox", { name: /^survey, 2 papers$/ })).toHaveCount(1);
    await expectEventually(page.getByRole("checkbox", { name: /^rl, 1 paper$/ })).toHaveCount(1);

    // Starred: two papers.
    await page.getByRole("checkbox", { name: /^Starred,/ }).check();
    await expectPage(page).toHaveParam("starred", "1");
    await expectEventually(countLine(page)).toHaveText(fixture.countLine(2));
    await expectEventually(rowNames(page)).toHaveCount(2);
    // AND across: starred and tagged rl is MultiBooth alone; the tag facet counts within the starred papers.
    await page.getByRole("checkbox", { name: /^rl,/ }).check();
    await expectPage(page).toHaveParam("tag", "rl");
    await expectEventually(countLine(page)).toHaveText(fixture.countLine(1));
    await expectEventually(page.getByRole("checkbox", { name: /^survey, 2 papers$/ })).toHaveCount(1);
  });

  it("reads starred, status and tag from the URL (OR within a filter, AND across)", async () => {
    const page = await openFixture();
    await page.getByRole("button", { name: "Star LazyDiffusion" }).click();
    await page.getByRole("combobox", { name: "Reading status of LazyDiffusion" }).selectOption("reading");
    await page.getByRole("combobox", { name: "Reading status of SpeechCodec" }).selectOption("to-read");
    await expectEventually(page.getByRole("checkbox", { name: /^Reading, 1 paper$/ })).toHaveCount(1);

    await page.goto(page.url().replace("/?", "/?status=to-read,reading&"));
    await expectEventually(countLine(page)).toHaveText(fixture.countLine(2));
    await expectEventually(page.getByRole("checkbox", { name: /^To read, 1 paper$/ })).toBeChecked();
    await page.goto(page.url().replace("/?", "/?starred=1&"));
    await expectEventually(countLine(page)).toHaveText(fixture.countLine(1));
    await expectEventually(rowNames(page).filter({ hasText: "LazyDiffusion" })).toHaveCount(1);
    // A tag nobody has: no papers, not an ignored filter.
    await page.goto(page.url().replace("/?", "/?tag=gone&"));
    await page.getByRole("heading", { name: "No papers match" }).waitFor();
  });

  it("finds a paper by the words of the reader's note", async () => {
    const page = await openFixture();
    const section = await openPaper(page, "SpeechCodec");
    await section.getByRole("textbox", { name: "Note" }).fill("Compare with the tokenizer from zebrafish lab");
    await section.getByRole("button", { name: "Save note" }).click();
    await section.getByRole("button", { name: "Edit note" }).waitFor();
    const box = page.getByRole("searchbox", { name: "Search papers" });
    await box.fill("zebrafish");
    await expectEventually(countLine(page)).toHaveText(fixture.countLine(1));
    await expectEventually(rowNames(page).filter({ hasText: "SpeechCodec" })).toHaveCount(1);
    // After a reload the note is still there and still found. The URL gets typed text once typing
    // pauses; a reload before that reopens the URL as it was.
    await eventually("the search in the URL", () => new URL(page.url()).searchParams.get("q")).toBe("zebrafish");
    await page.reload();
    await expectEventually(countLine(page)).toHaveText(fixture.countLine(1));
    await expectEventually(rowNames(page).filter({ hasText: "SpeechCodec" })).toHaveCount(1);
  });
});
