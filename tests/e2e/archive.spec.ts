import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/lib/dataset/schema";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";
import { archive } from "./support/test-datasets";

const app = setupApp();

// What the generated archive holds, computed from its digests: each month's entries, and each paper once.
const months = archive.digests.map((digest) => ({
  id: digest.source.digests[0]?.id ?? "",
  title: digest.source.digests[0]?.titleEn ?? "",
  papers: digest.papers,
}));
const entries = months.flatMap((month) => month.papers);
const firstEntries = new Map<string, Paper>();
for (const paper of entries)
  if (paper.arxivId && !firstEntries.has(paper.arxivId)) firstEntries.set(paper.arxivId, paper);
const total = firstEntries.size;
const latest = months.at(-1);
const firstIn = (month: string) => [...firstEntries.values()].filter((paper) => paper.digest === month);
const repeated = entries.find((paper) => firstEntries.get(paper.arxivId ?? "") !== paper);
const original = firstEntries.get(repeated?.arxivId ?? "");

const countLine = (page: Page) => page.getByRole("status").filter({ hasText: /papers$/ });
const monthFacet = (page: Page, title: string) =>
  page.getByRole("checkbox", { name: new RegExp(`^${title}, \\d+ papers?$`) });
const renderedRows = (page: Page) => page.locator("tr[data-paper-id]");

describe("an archive of several digests", () => {
  it("shows every paper once, counts each digest's papers in its facet and filters by month", async () => {
    // The generated archive does repeat papers: otherwise this would check nothing.
    expect(total).toBeLessThan(entries.length);
    const page = await app.open(archive.url("/"));
    await expectEventually(countLine(page)).toHaveText(`${total} of ${total} papers`);
    for (const month of months) {
      const facet = page.getByRole("checkbox", { name: `${month.title}, ${month.papers.length} papers`, exact: true });
      await expectEventually(facet).toHaveCount(1);
    }
    const second = months[1];
    if (!second) throw new Error("the archive has three months");
    await monthFacet(page, second.title).check();
    await expectPage(page).toHaveParam("digest", second.id);
    await expectEventually(countLine(page)).toHaveText(`${second.papers.length} of ${total} papers`);
  });

  it("marks as new exactly the papers first listed in the latest digest", async () => {
    if (!latest) throw new Error("the archive has three months");
    const isNew = new Set(firstIn(latest.id).map((paper) => paper.id));
    // Some of the latest month's papers are repeats, so the mark is not simply "in the latest digest".
    expect(isNew.size).toBeLessThan(latest.papers.length);
    // Tall enough that every row of the month is rendered (the table virtualises its rows).
    const page = await app.open(archive.url(`/?digest=${latest.id}`), { height: 3000 });
    await expectEventually(countLine(page)).toHaveText(`${latest.papers.length} of ${total} papers`);
    await expectEventually(renderedRows(page)).toHaveCount(latest.papers.length);
    const marked = async () =>
      (
        await renderedRows(page)
          .filter({ has: page.locator("[data-new-mark]") })
          .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-paper-id") ?? ""))
      ).sort();
    await eventually("rows marked new", marked).toEqual([...isNew].sort());
    const mark = renderedRows(page).locator("[data-new-mark]").first();
    await expectEventually(mark).toHaveText(/^New \(New in the latest digest \(\w{3} \d{4}\)\)$/);

    // The phone's cards show the same mark.
    const phone = await app.open(archive.url(`/?digest=${latest.id}`), { width: 390, height: 844 });
    const card = phone
      .locator("table[data-layout=cards] tr[data-paper-id]")
      .filter({ has: phone.locator("[data-new-mark]") });
    await expectEventually(card.first().locator("[data-new-mark]")).toBeVisible();
    const cardId = (await card.first().getAttribute("data-paper-id")) ?? "";
    expect(isNew.has(cardId)).toBe(true);
  });

  it("lists every digest of a repeated paper in the detail pane and the Digest column, and opens it by the later entry's id", async () => {
    if (!repeated || !original) throw new Error("the archive repeats a paper");
    const listing = months.filter((month) => month.papers.some((paper) => paper.arxivId === original.arxivId));
    expect(listing.length).toBeGreaterThanOrEqual(2);
    const page = await app.open(archive.url(`/papers/${repeated.id}`));
    // The later entry's id is folded into the paper: the address moves to the paper's own id.
    await expectPage(page).toHavePath(`/papers/${original.id}`);
    const source = page.locator("aside").getByText(listing.map((month) => month.title).join(", "), { exact: true });
    await expectEventually(source).toBeVisible();

    const table = await app.open(archive.url(`/?papers=${original.id}`));
    await table.getByRole("button", { name: "Columns" }).click();
    await table.getByRole("checkbox", { name: "Digest", exact: true }).check();
    await table.keyboard.press("Escape");
    const row = table.locator(`tr[data-paper-id="${original.id}"]`);
    for (const month of listing) {
      const [year, number] = month.id.split("-").map(Number);
      const name = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", timeZone: "UTC" }).format(
        Date.UTC(year ?? 0, (number ?? 1) - 1),
      );
      await expectEventually(row.getByRole("button", { name: `Filter by ${name}` })).toBeVisible();
    }
  });

  it("opens the other digests of a catalog whose file is missing, and names the missing file", async () => {
    const page = await app.open(archive.missingUrl("/"));
    await expectEventually(countLine(page)).toHaveText(`${total} of ${total} papers`);
    const notice = page.getByRole("alert").filter({ hasText: "1 digest file of this archive could not be opened" });
    await expectEventually(notice).toContainText(archive.missingFile);
    await expectEventually(notice).toContainText(`The papers of the ${months.length} digests that opened are shown.`);
  });

  it("explains that a catalog opened from disk cannot reach its files, and keeps the archive open", async () => {
    const page = await app.open(archive.url("/"));
    await expectEventually(countLine(page)).toHaveText(`${total} of ${total} papers`);
    await page.getByRole("button", { name: "Dataset" }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Open a dataset file…" }).click(),
    ]);
    await chooser.setFiles({
      name: "catalog.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({ digests: [{ id: "2024-01", title: "x", month: "2024-01", papers: 1, file: "2024-01.json" }] }),
      ),
    });
    const notice = page.getByRole("alert").filter({ hasText: "That dataset was not opened" });
    await expectEventually(notice).toContainText("catalog.json is an archive's catalog");
    await expectEventually(countLine(page)).toHaveText(`${total} of ${total} papers`);
  });
});
