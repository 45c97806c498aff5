import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupApp } from "./support/browser";
import { expectEventually } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();
const dir = mkdtempSync(join(tmpdir(), "library-import-"));

const ready = (page: Page) => page.getByRole("status").getByText(fixture.countLine()).waitFor();
const star = (page: Page, name: string) => page.getByRole("button", { name: `Star ${name}`, exact: true });
const preview = (page: Page) => page.getByRole("dialog", { name: "Import a library" });

const entry = (paperId: string, name: string, fields: object, arxivId: string | null = null) => ({
  paperId,
  arxivId,
  name,
  starred: false,
  status: null,
  tags: [],
  note: "",
  changed: { starred: 10, status: 10, tags: 10, note: 10 },
  ...fields,
});

/** A library file from "another browser": some new papers, one known by its arXiv id only, one conflicting note. */
const LIBRARY_FILE = {
  format: "paper-explorer/library",
  version: 1,
  exportedAt: "2026-11-01T00:00:00.000Z",
  papers: [
    entry("speech-codec", "SpeechCodec", { starred: true, status: "to-read", tags: ["survey"] }),
    // MultiBooth under an id from another dataset: found by its arXiv id.
    entry("multibooth-v2", "MultiBooth", { tags: ["rl"] }, "2404.14239"),
    entry("lazydiffusion", "LazyDiffusion", { note: "Their note" }, "2404.12382"),
    { paperId: "Not An Id!", starred: "yes" },
  ],
  views: [{ id: "imported-view", name: "Imported audio", search: "?chapter=audio", createdAt: 5 }],
};

function writeFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

async function openLibraryMenu(page: Page) {
  await page.getByRole("button", { name: "Library", exact: true }).click();
  return page.getByRole("dialog", { name: "Your library" });
}

async function chooseFile(page: Page, button: string, path: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: button }).click(),
  ]);
  await chooser.setFiles(path);
}

describe("the library file", () => {
  it("imports another browser's library after a preview of what it changes, keeping both notes", async () => {
    const page = await app.open(fixture.url("/papers/lazydiffusion"));
    await ready(page);
    await star(page, "MultiBooth").click();
    const section = page.getByTestId("library-section");
    await section.getByRole("textbox", { name: "Note" }).fill("My note");
    await section.getByRole("button", { name: "Save note" }).click();
    await section.getByRole("button", { name: "Edit note" }).waitFor();

    await openLibraryMenu(page);
    await chooseFile(page, "Import library…", writeFile("library.json", LIBRARY_FILE));
    const dialog = preview(page);
    await dialog.getByText("This file holds 3 papers and 1 saved view.", { exact: false }).waitFor();
    await expectEventually(dialog.getByRole("listitem")).toHaveText([
      "3 papers gain something",
      "1 paper is new to your library",
      "1 paper starred",
      "1 reading status set",
      "2 tags added",
      "1 saved view added",
      "LazyDiffusion",
    ]);
    await dialog.getByText(/1 paper has a different note here and in the file: both notes are kept/).waitFor();
    await dialog.getByText("1 item of the file could not be read and is left out.").waitFor();
    // Nothing changed before the import is confirmed.
    await expectEventually(star(page, "SpeechCodec")).toHaveAttribute("aria-pressed", "false");

    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await expectEventually(star(page, "SpeechCodec")).toHaveAttribute("aria-pressed", "true");
    await expectEventually(star(page, "MultiBooth")).toHaveAttribute("aria-pressed", "true");
    await expectEventually(page.getByRole("checkbox", { name: /^rl, 1 paper$/ })).toHaveCount(1);
    await expectEventually(page.getByRole("checkbox", { name: /^To read, 1 paper$/ })).toHaveCount(1);
    await section.getByText("My note").waitFor();
    await section.getByText("Their note").waitFor();
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("link", { name: "Open Imported audio" }).waitFor();
  });

  it("exports the library, and importing the same file again changes nothing", async () => {
    const page = await app.open(fixture.url("/"));
    await ready(page);
    await star(page, "SpeechCodec").click();
    await page.getByRole("combobox", { name: "Reading status of LazyDiffusion" }).selectOption("reading");
    await expectEventually(page.getByRole("checkbox", { name: /^Reading, 1 paper$/ })).toHaveCount(1);
    const menu = await openLibraryMenu(page);
    await menu.getByText("2 papers in your library (at most 5,000), 0 of 200 saved views.").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export library" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("paper-explorer-library.json");
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, "utf8"));
    expect(file).toMatchObject({ format: "paper-explorer/library", version: 1 });
    expect(file.papers.map((p: { paperId: string }) => p.paperId).sort()).toEqual(["lazydiffusion", "speech-codec"]);

    await chooseFile(page, "Import library…", path);
    await preview(page).getByText("Everything in this file is already in your library.").waitFor();
    await expectEventually(preview(page).getByRole("button", { name: "Import", exact: true })).toBeDisabled();
  });

  it("says in plain words what a wrong file is, in the library and the saved-views imports", async () => {
    const page = await app.open(fixture.url("/"));
    await ready(page);
    const menu = await openLibraryMenu(page);
    await chooseFile(page, "Import library…", writeFile("dataset.json", fixture.dataset));
    await menu
      .getByText(
        "This is a dataset file, not a library file (the file “Export library” saves): open it from the “Dataset” menu.",
      )
      .waitFor();
    await chooseFile(page, "Import library…", writeFile("newer.json", { ...LIBRARY_FILE, version: 3 }));
    await menu.getByText(/written by a newer version of Paper Explorer \(file version 3\)/).waitFor();
    await page.getByRole("button", { name: "Library", exact: true }).click();

    // Issue 17: a JSON file without "format" showed the schema library's own message.
    await page.getByRole("button", { name: "Saved views" }).click();
    await chooseFile(page, "Import views…", writeFile("views.json", { views: [] }));
    await page
      .getByText(
        "This JSON file is not a saved-views file (the file “Export views” saves): nothing in it says it is one of Paper Explorer's files.",
      )
      .waitFor();
    await expectEventually(page.getByText(/Invalid key|Expected "format"/)).toHaveCount(0);
  });
});
