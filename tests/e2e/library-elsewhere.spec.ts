import { readFileSync } from "node:fs";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/lib/dataset/validate-dataset";
import { setupApp } from "./support/browser";
import { eventually, expectEventually } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

const ready = (page: Page) => page.getByRole("status").getByText(fixture.countLine()).waitFor();
const star = (page: Page, name: string) => page.getByRole("button", { name: `Star ${name}`, exact: true });
const section = (page: Page) => page.getByTestId("library-section");

/** MultiBooth starred, being read, tagged and noted; the other papers untouched. */
async function withLibrary(page: Page) {
  await page.getByRole("row", { name: /MultiBooth/ }).click();
  await star(page, "MultiBooth").click();
  await section(page).getByRole("combobox", { name: "Reading status" }).selectOption("reading");
  const tags = section(page).getByRole("combobox", { name: "Tags" });
  await tags.fill("survey");
  await tags.press("Enter");
  await section(page).getByRole("textbox", { name: "Note" }).fill("Good {baseline} & 100% worth it");
  await section(page).getByRole("button", { name: "Save note" }).click();
  await section(page).getByRole("button", { name: "Edit note" }).waitFor();
}

async function exportAs(page: Page, format: string, includeLibrary: boolean): Promise<string> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const option = page.getByRole("checkbox", { name: "Include your star, status, tags and note" });
  await page.getByText("Your library stays in this browser; it leaves only in files you export.").waitFor();
  if ((await option.isChecked()) !== includeLibrary) {
    await option.click();
    await expectEventually(option).toBeChecked({ checked: includeLibrary });
  }
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: format }).click(),
  ]);
  return readFileSync(await download.path(), "utf8");
}

describe("the library outside the table", () => {
  it("exports carry star, status, tags and note when asked, and only then", async () => {
    const page = await app.open(fixture.url("/"));
    await ready(page);
    await withLibrary(page);

    const plain = Papa.parse<Record<string, string>>((await exportAs(page, "CSV (spreadsheet)", false)).slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(plain.meta.fields).not.toContain("note");

    const csv = Papa.parse<Record<string, string>>((await exportAs(page, "CSV (spreadsheet)", true)).slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.errors).toEqual([]);
    const rows = new Map(csv.data.map((row) => [row.id, row]));
    expect(rows.get("multibooth")).toMatchObject({
      starred: "true",
      status: "reading",
      tags: "survey",
      note: "Good {baseline} & 100% worth it",
    });
    expect(rows.get("lazydiffusion")).toMatchObject({ starred: "false", status: "", tags: "", note: "" });

    const json = JSON.parse(await exportAs(page, "JSON (dataset file)", true));
    expect(json.papers.find((p: { id: string }) => p.id === "multibooth").library).toEqual({
      starred: true,
      status: "reading",
      tags: ["survey"],
      note: "Good {baseline} & 100% worth it",
    });
    // Still a dataset file the app opens.
    expect(validateDataset(json).ok).toBe(true);

    const markdown = await exportAs(page, "Markdown table", true);
    expect(markdown.split("\n")[0]).toContain("| Starred | Reading status | Your tags | Your note |");
    expect(markdown).toMatch(/\| MultiBooth \|.*\| ★ \| Reading \| survey \| Good \{baseline\} & 100% worth it \|/);

    const bibtex = parseBibtex(await exportAs(page, "BibTeX (citations)", true));
    expect(bibtex.errors).toEqual([]);
    const entry = bibtex.entries.find((e) => e.key === "multibooth");
    expect(entry?.fields.keywords).toContain("survey");
    expect(String(entry?.fields.note)).toContain("Good {baseline} & 100% worth it");
  });

  it("stars and steps the status with s and r, and the overview shows the view's reading progress", async () => {
    const page = await app.open(fixture.url("/papers/speech-codec"));
    await ready(page);
    await page.getByRole("heading", { level: 2, name: "SpeechCodec" }).waitFor();
    await page.keyboard.press("s");
    await expectEventually(star(page, "SpeechCodec")).toHaveAttribute("aria-pressed", "true");
    const status = section(page).getByRole("combobox", { name: "Reading status" });
    await page.keyboard.press("r");
    await expectEventually(status).toHaveValue("to-read");
    await page.keyboard.press("r");
    await expectEventually(status).toHaveValue("reading");
    // Typing in the note is text, not shortcuts.
    await section(page).getByRole("textbox", { name: "Note" }).pressSequentially("rs");
    await expectEventually(status).toHaveValue("reading");
    await expectEventually(star(page, "SpeechCodec")).toHaveAttribute("aria-pressed", "true");

    await page.getByRole("link", { name: "Overview" }).click();
    const progress = page.getByRole("figure", { name: "Your reading progress" });
    await progress.getByRole("button", { name: "Show the numbers" }).click();
    const numbers = () =>
      progress
        .getByRole("table")
        .getByRole("row")
        .evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.children].map((cell) => cell.textContent?.trim())));
    await eventually("reading progress numbers", numbers).toEqual([
      ["To read", "0"],
      ["Reading", "1"],
      ["Read", "0"],
      ["No status", "2"],
    ]);
    // The row links to the table narrowed to that status.
    await progress.getByRole("link", { name: "Reading" }).click();
    await page.getByRole("status").getByText(fixture.countLine(1)).waitFor();
  });

  it("stars from quick find and from the comparison", async () => {
    const page = await app.open(fixture.url("/"));
    await ready(page);
    await page.keyboard.press("Control+k");
    const palette = page.getByRole("combobox", { name: "Quick find" });
    // The action is for the highlighted result: the first one, LazyDiffusion.
    await palette.fill("LazyDiffusion");
    const action = page.getByRole("option", { name: "Star “LazyDiffusion”" });
    await action.click();
    await expectEventually(star(page, "LazyDiffusion")).toHaveAttribute("aria-pressed", "true");

    await page.goto(page.url().replace(/\/(papers\/[^?]*)?\?/, "/compare?ids=lazydiffusion,speech-codec&"));
    const column = page.getByRole("button", { name: "Star SpeechCodec", exact: true });
    await column.click();
    await expectEventually(column).toHaveAttribute("aria-pressed", "true");
    await expectEventually(star(page, "LazyDiffusion")).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("combobox", { name: "Reading status of SpeechCodec" }).selectOption("read");
    await page.getByRole("link", { name: "Papers", exact: true }).click();
    await expectEventually(page.getByRole("checkbox", { name: /^Read, 1 paper$/ })).toHaveCount(1);
  });
});
