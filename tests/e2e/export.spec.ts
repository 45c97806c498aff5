import { readFileSync } from "node:fs";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import bundled from "../../data/2024-04.json";
import { buildIndexes } from "../../src/lib/dataset/dataset-indexes";
import { validateDataset } from "../../src/lib/dataset/validate-dataset";
import { splitName } from "../../src/lib/export/author-names";
import { parseSearch } from "../../src/lib/url/search-codec";
import { computeView } from "../../src/lib/view/compute-view";
import { decodeView, pickRawView } from "../../src/lib/view/view";
import { setupApp } from "./support/browser";
import { expectEventually, expectPage } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

const VIEW = "/?chapter=audio&sort=name.desc";
const checked = validateDataset(bundled);
if (!checked.ok) throw new Error("the bundled dataset is invalid");
const dataset = checked.dataset;
/** The papers of a table view ("/?…") in display order, computed the way the app does. */
const idsOf = (path: string) =>
  Array.from(
    computeView(dataset, buildIndexes(dataset), decodeView(pickRawView(parseSearch(path.slice(1)))).view, null).rows,
    (i) => dataset.papers[i]?.id,
  );
const expectedIds = idsOf(VIEW);

async function exportAs(
  page: Page,
  format: string,
  button = "Export",
  description?: string,
): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole("button", { name: button, exact: true }).click();
  if (description) await expectEventually(page.getByRole("menu").getByText(description, { exact: true })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: format }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Waits until the real menu has replaced its stand-in (which loads after the first paint). */
async function menuLoaded(page: Page, button: string) {
  await expectEventually(page.getByRole("button", { name: button, exact: true })).toHaveAttribute(
    "aria-haspopup",
    "menu",
  );
}

/** The rows of a CSV export, its BOM dropped. */
function csvRows(bytes: Buffer): string[][] {
  const parsed = Papa.parse<string[]>(bytes.toString("utf8").slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function openView(path = VIEW) {
  const page = await app.open(path);
  await page.getByRole("status").getByText(`${expectedIds.length} of 66 papers`).waitFor();
  return page;
}

describe("export", () => {
  it("exports the view as CSV with a BOM, one row per paper in the table's order, Chinese intact", async () => {
    expect(expectedIds.length).toBe(9);
    const page = await openView();
    const { name, bytes } = await exportAs(page, "CSV (spreadsheet)");
    expect(name).toBe("papers-2024-04.csv");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString("utf8").slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.id)).toEqual(expectedIds);
    for (const row of parsed.data) {
      const paper = dataset.papers.find((p) => p.id === row.id);
      expect(row.heading_zh).toBe(paper?.headingZh);
      expect(row.summary_zh).toBe(paper?.summary.zh);
      expect(row.chapter_zh).toBe("文生音频");
    }
  });

  it("exports a valid dataset file that the app opens again", async () => {
    const page = await openView();
    const { name, bytes } = await exportAs(page, "JSON (dataset file)");
    expect(name).toBe("papers-2024-04.json");
    const result = validateDataset(JSON.parse(bytes.toString("utf8")));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.papers.map((p) => p.id)).toEqual(expectedIds);
    expect(result.dataset.chapters.map((c) => c.id)).toEqual(["audio"]);

    // Reopen it in a fresh browser through the app's "Open a dataset file…" button.
    const reopened = await app.open("/?dataset=/no-such-dataset.json", { expectedErrors: /404|Failed to load/ });
    await reopened.getByRole("button", { name: "Open a dataset file…" }).waitFor();
    await reopened.locator('input[type="file"]').setInputFiles({ name, mimeType: "application/json", buffer: bytes });
    await reopened.getByRole("status").getByText("9 of 9 papers").waitFor();
    const firstName = dataset.papers.find((p) => p.id === expectedIds[0])?.name ?? "";
    await reopened
      .getByRole("row", { name: new RegExp(firstName) })
      .first()
      .waitFor();
  });

  it("exports BibTeX that a BibTeX parser reads as one @misc entry per paper, keys unique", async () => {
    const page = await openView();
    const { name, bytes } = await exportAs(page, "BibTeX (citations)");
    expect(name).toBe("papers-2024-04.bib");
    // Sentence-casing off: this parser recases titles for Zotero by default, BibTeX keeps the braced case.
    const library = parseBibtex(bytes.toString("utf8"), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.key)).toEqual(expectedIds);
    expect(new Set(library.entries.map((entry) => entry.key)).size).toBe(expectedIds.length);
    for (const entry of library.entries) {
      const paper = dataset.papers.find((p) => p.id === entry.key);
      expect(entry.type).toBe("misc");
      expect(entry.fields.title).toBe(paper?.title ?? paper?.name);
      if (paper?.arxivId) expect(entry.fields).toMatchObject({ eprint: paper.arxivId, archiveprefix: "arXiv" });
      // Every author, in order, read back as the given and family names the export meant.
      const names = (paper?.authors ?? [])
        .map(splitName)
        .map(({ given, family }) => ({ firstName: given, lastName: family }));
      expect(entry.fields.author).toEqual(names);
    }
  });

  it("exports RIS that a RIS parser reads back as one record per paper, with its authors", async () => {
    const page = await openView();
    const { name, bytes } = await exportAs(page, "RIS (reference managers)");
    expect(name).toBe("papers-2024-04.ris");
    const items = new Cite(bytes.toString("utf8")).data as {
      id: string;
      author?: { family: string; given: string }[];
    }[];
    expect(items.map((item) => item.id)).toEqual(expectedIds);
    for (const item of items) {
      const paper = dataset.papers.find((p) => p.id === item.id);
      expect(item.author).toEqual(paper?.authors.map(splitName));
    }
  });

  it("exports CSL-JSON items with their authors, for citation processors", async () => {
    const page = await openView();
    const { name, bytes } = await exportAs(page, "CSL-JSON (citation processors)");
    expect(name).toBe("papers-2024-04.csl.json");
    const items = JSON.parse(bytes.toString("utf8")) as { id: string; type: string; author: unknown[] }[];
    expect(items.map((item) => item.id)).toEqual(expectedIds);
    for (const item of items) {
      const paper = dataset.papers.find((p) => p.id === item.id);
      expect(item.type).toBe("article");
      expect(item.author).toEqual(paper?.authors.map(splitName));
    }
  });

  it("exports a Markdown table with a row per paper, in the reader's language", async () => {
    const page = await app.open(VIEW, { locale: "zh-CN" });
    await page.getByRole("status").getByText("共 66 篇，显示 9 篇").waitFor();
    await page.getByRole("button", { name: "导出", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "Markdown 表格" }).click(),
    ]);
    const lines = readFileSync(await download.path(), "utf8")
      .trimEnd()
      .split("\n");
    expect(lines).toHaveLength(2 + expectedIds.length);
    expect(lines[0]).toBe("| 论文 | 中文标题 | 章节 | 机构 | 模态 | 类型 | arXiv |");
    const first = dataset.papers.find((p) => p.id === expectedIds[0]);
    expect(lines[2]).toContain(`| ${first?.name} | ${first?.headingZh} | 文生音频 |`);
  });

  it("exports what the table shows now, after the filters change under a loaded menu", async () => {
    const page = await app.open("/");
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    await menuLoaded(page, "Export");
    // Opened once before the change, so the menu has rendered with all 66 papers.
    await page.getByRole("button", { name: "Export", exact: true }).click();
    await expectEventually(page.getByRole("menu").getByText("The 66 papers shown, in this order")).toBeVisible();
    await page.keyboard.press("Escape");
    await expectEventually(page.getByRole("menu")).toHaveCount(0);

    await page.getByRole("checkbox", { name: /^Text-to-audio, \d+ papers$/ }).check();
    await page.getByRole("status").getByText("9 of 66 papers").waitFor();
    const { bytes } = await exportAs(page, "CSV (spreadsheet)", "Export", "The 9 papers shown, in this order");
    const [header = [], ...rows] = csvRows(bytes);
    const id = header.indexOf("id");
    expect(rows.map((row) => row[id])).toEqual(idsOf("/?chapter=audio"));
  });

  it("exports the comparison as it is now, after a paper is added", async () => {
    const page = await app.open("/compare?ids=multibooth,id-aligner,lazydiffusion");
    await menuLoaded(page, "Export comparison");
    await page.getByRole("combobox", { name: "Add a paper" }).fill("FlashSpeech");
    await page.getByRole("option", { name: "FlashSpeech" }).click();
    await expectPage(page).toHaveParam("ids", "multibooth,id-aligner,lazydiffusion,flashspeech");
    const names = ["MultiBooth", "ID-Aligner", "LazyDiffusion", "FlashSpeech"];
    await expectEventually(page.getByRole("columnheader").getByRole("link")).toHaveText(names);

    const description = "The 4 compared papers, side by side";
    const csv = await exportAs(page, "CSV (spreadsheet)", "Export comparison", description);
    expect(csvRows(csv.bytes)[0]?.slice(1)).toEqual(names);
    const markdown = await exportAs(page, "Markdown table", "Export comparison", description);
    expect(markdown.bytes.toString("utf8").split("\n")[0]).toBe(`| Paper | ${names.join(" | ")} |`);
  });

  it("cannot export an empty view", async () => {
    const page = await app.open(fixture.url("/?q=zzzzqqqq"));
    await page.getByRole("status").getByText(fixture.countLine(0)).waitFor();
    await expectEventually(page.getByRole("button", { name: "Export", exact: true })).toBeDisabled();
  });
});
