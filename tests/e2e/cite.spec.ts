import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, setupApp } from "./support/browser";

const app = setupApp();

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function openWithClipboard(path: string): Promise<Page> {
  const page = await app.open(path);
  await app.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
  return page;
}

/** Copies a citation from a Cite menu and returns the clipboard once the copy is confirmed. */
async function cite(page: Page, scope: Locator, item: "Copy BibTeX" | "Copy APA reference"): Promise<string> {
  await scope.getByRole("button", { name: "Cite", exact: true }).click();
  await page.getByRole("menuitem", { name: item }).click();
  // The first APA reference builds the style's processor, which takes a few seconds on a busy machine.
  await page.getByRole("alert").filter({ hasText: "Citation copied" }).waitFor({ timeout: 25_000 });
  await expect.poll(() => clipboard(page)).not.toBe("");
  return clipboard(page);
}

describe("copy citation", () => {
  it("copies a paper's BibTeX entry, with its authors", { timeout: 60_000 }, async () => {
    const page = await openWithClipboard("/papers/multibooth");
    const pane = page.getByRole("complementary");
    await pane.getByRole("heading", { level: 2, name: "MultiBooth", exact: true }).waitFor();
    const library = parseBibtex(await cite(page, pane, "Copy BibTeX"), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.key)).toEqual(["multibooth"]);
    expect(library.entries[0]?.fields.author?.[0]).toEqual({ firstName: "Chenyang", lastName: "Zhu" });
  });

  it("copies a paper as an APA reference", { timeout: 60_000 }, async () => {
    const page = await openWithClipboard("/papers/multibooth");
    const pane = page.getByRole("complementary");
    await pane.getByRole("heading", { level: 2, name: "MultiBooth", exact: true }).waitFor();
    const reference = await cite(page, pane, "Copy APA reference");
    expect(reference).toMatch(/^Zhu, C\., Li, K\., Ma, Y\., He, C\., & Li, X\. \(2024\)\. MultiBooth: /);
    expect(reference).toContain("(arXiv:2404.14239). arXiv. https://arxiv.org/abs/2404.14239");
  });

  it("copies the compared papers' entries in column order", async () => {
    const page = await openWithClipboard("/compare?ids=moa,multibooth");
    await page.getByRole("table").waitFor();
    const library = parseBibtex(await cite(page, page.getByRole("main"), "Copy BibTeX"), { sentenceCase: false });
    expect(library.entries.map((entry) => entry.key)).toEqual(["moa", "multibooth"]);
  });

  it("copies the compare tray's picks", async () => {
    const page = await openWithClipboard("/?chapter=audio");
    for (const name of ["CoVoMix", "WavLLM"]) {
      await page.getByRole("checkbox", { name: `Select ${name} for comparison` }).check();
    }
    const tray = page.getByRole("region", { name: "Compare tray" });
    const library = parseBibtex(await cite(page, tray, "Copy BibTeX"), { sentenceCase: false });
    expect(library.entries.map((entry) => entry.key)).toEqual(["covomix", "wavllm"]);
  });
});
