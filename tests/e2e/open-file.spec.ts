import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { synthDataset } from "../../scripts/synth/synth-dataset";
import { setupApp } from "./support/browser";
import { expectEventually, expectPage } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

// A file from disk large enough (about 26 MB) that reading, parsing and validating it hold the
// page for a while: long enough to see that the page says what it is doing.

const app = setupApp();

const PAPERS = 20_000;
const dir = mkdtempSync(join(tmpdir(), "open-file-"));
const bigFile = join(dir, "big-digest.json");
/** The same papers, the last one in a chapter the file does not have: only validation finds it. */
const brokenFile = join(dir, "big-broken.json");

beforeAll(() => {
  const dataset = synthDataset(PAPERS, 5);
  writeFileSync(bigFile, JSON.stringify(dataset));
  const papers = dataset.papers.map((paper, i) =>
    i === PAPERS - 1 ? { ...paper, chapter: "no-such-chapter" } : paper,
  );
  writeFileSync(brokenFile, JSON.stringify({ ...dataset, papers }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const countLine = (page: Page) => page.getByRole("status").filter({ hasText: /papers$/ });
const loading = (page: Page) => page.getByRole("status").filter({ hasText: "Loading papers…" });

/** Chooses `files` (paths) with the Dataset menu's "Open a dataset file…". */
async function openFromDisk(page: Page, files: string) {
  await page.getByRole("button", { name: "Dataset", exact: true }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open a dataset file…" }).click(),
  ]);
  await chooser.setFiles(files);
}

describe("a large file opened from disk", () => {
  it("shows which file is loading until its papers are in the table", async () => {
    const page = await app.open(fixture.url("/"));
    await countLine(page).getByText(fixture.countLine()).waitFor();
    await openFromDisk(page, bigFile);

    await expectEventually(loading(page)).toContainText("Source: big-digest.json");
    await expectEventually(loading(page).getByRole("button", { name: "Cancel" })).toBeVisible();

    await expectEventually(countLine(page)).toHaveText(`${PAPERS} of ${PAPERS} papers`);
    await expectEventually(loading(page)).toBeHidden();
    // The address no longer names the dataset it replaced.
    await expectPage(page).toHaveParam("dataset", null);
    await expectEventually(page.getByRole("dialog", { name: "Dataset" }).first()).toContainText(
      `big-digest.json: ${PAPERS} papers`,
    );
  });

  it("shows which file is loading until it is refused, and keeps the open dataset", async () => {
    const page = await app.open(fixture.url("/"));
    await countLine(page).getByText(fixture.countLine()).waitFor();
    await openFromDisk(page, brokenFile);

    await expectEventually(loading(page)).toContainText("Source: big-broken.json");

    const refused = page.getByRole("alert").filter({ hasText: "That dataset was not opened" });
    await expectEventually(refused).toContainText("big-broken.json does not match the dataset format. 1 problem:");
    await expectEventually(refused.getByRole("list", { name: "Problems found in the dataset" })).toContainText(
      `papers[${PAPERS - 1}].chapter`,
    );
    await expectEventually(loading(page)).toBeHidden();
    await expectEventually(countLine(page)).toHaveText(fixture.countLine());
    await expectPage(page).toHaveParam("dataset", "/test-data/fixture.json");
  });
});

describe("a file opened from the error page", () => {
  /** Chooses a file with the error page's `button` ("Open a dataset file…" or "Open another file…"). */
  async function chooseOnErrorPage(page: Page, button: string, files: string | { name: string; buffer: Buffer }) {
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: button }).click(),
    ]);
    await chooser.setFiles(
      typeof files === "string" ? files : { name: files.name, mimeType: "application/json", buffer: files.buffer },
    );
  }

  it("replaces the reason with its own when it is no dataset either, and offers another file", async () => {
    const page = await app.open("/?dataset=/test-data/not-json.json");
    await page.getByRole("heading", { name: "The dataset could not be loaded" }).waitFor();
    await chooseOnErrorPage(page, "Open a dataset file…", { name: "broken.json", buffer: Buffer.from("{") });
    const failure = page.getByRole("alert");
    await expectEventually(failure).toContainText("broken.json is not valid JSON");
    await expectEventually(page.getByRole("heading", { name: "The dataset could not be loaded" })).toBeVisible();
    // Trying again would load the address, not the file: the way on is another file.
    await expectEventually(failure.getByRole("button", { name: "Try again" })).toBeHidden();
    await expectEventually(failure.getByRole("link", { name: "Open the bundled dataset" })).toBeVisible();

    const good = fixture.dataset;
    await chooseOnErrorPage(page, "Open another file…", {
      name: "good.json",
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await expectEventually(countLine(page)).toHaveText(fixture.countLine());
    await expectPage(page).toHaveParam("dataset", null);
  });

  it("stops at Cancel while a large file loads, says so and offers another file", async () => {
    const page = await app.open("/?dataset=/test-data/not-json.json");
    await page.getByRole("heading", { name: "The dataset could not be loaded" }).waitFor();
    // Cancel is clicked the moment it shows. Playwright's own click waits for animation frames,
    // which the page does not draw while it reads the file, so it would come after the file opened.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const cancel = [...document.querySelectorAll("[role=status] button")].find((b) => b.textContent === "Cancel");
        if (!(cancel instanceof HTMLButtonElement)) return;
        observer.disconnect();
        cancel.click();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await chooseOnErrorPage(page, "Open a dataset file…", bigFile);

    await expectEventually(page.getByRole("heading", { name: "Loading was cancelled" })).toBeVisible();
    const failure = page.getByRole("alert");
    await expectEventually(failure).toContainText("You stopped loading big-digest.json.");
    await expectEventually(failure.getByRole("button", { name: "Open another file…" })).toBeVisible();
    await expectEventually(failure.getByRole("button", { name: "Try again" })).toBeHidden();
    await expectEventually(countLine(page)).toBeHidden();
  });
});
