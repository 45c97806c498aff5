import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

async function expectLoadError(page: Page, heading: string, details: RegExp) {
  await page.getByRole("heading", { name: heading }).waitFor();
  await expectEventually(page.getByRole("alert").first()).toHaveText(details);
}

/** Opens a file from disk through the Dataset menu, once the open dataset is shown there. */
async function openFromDisk(page: Page, file: { name: string; buffer: Buffer }) {
  const { papers, institutions } = fixture.dataset;
  await page.getByRole("button", { name: "Dataset" }).click();
  await page
    .getByRole("dialog", { name: "Dataset" })
    .getByText(`${papers.length} papers, ${institutions.length} institutions`)
    .waitFor();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open a dataset file…" }).click(),
  ]);
  await chooser.setFiles({ ...file, mimeType: "application/json" });
}

/** A valid JSON file that holds nothing but one string of a few megabytes. */
const HUGE_STRING = Buffer.from(JSON.stringify("A".repeat(4_000_000)));
const NOT_A_DATASET =
  "is not a dataset: it holds one text string, where a dataset file holds an object with its papers, chapters and institutions.";

describe("bad dataset files", () => {
  it("explains a file that is not JSON and offers the bundled dataset", async () => {
    const page = await app.open("/?dataset=/test-data/not-json.json");
    await expectLoadError(page, "The dataset could not be loaded", /not-json\.json is not valid JSON/);
    await page.getByRole("link", { name: "Open the bundled dataset" }).click();
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
  });

  it("explains a missing file, and retries", async () => {
    // The preview server, like most single-page hosts, answers unknown paths with index.html.
    const page = await app.open("/?dataset=/test-data/missing.json");
    await expectLoadError(page, "The dataset could not be loaded", /There is no dataset at \/test-data\/missing\.json/);
    await page.getByRole("button", { name: "Try again" }).click();
    await expectLoadError(page, "The dataset could not be loaded", /There is no dataset at/);
  });

  it("explains an unreachable server", async () => {
    const page = await app.open(fixture.url("/"), {
      expectedErrors: /ERR_|Failed to fetch|Failed to load resource/,
    });
    await page.getByRole("status").getByText(fixture.countLine()).waitFor();
    await page.route(
      (url) => url.pathname === "/test-data/offline.json",
      (route) => route.abort("connectionrefused"),
    );
    await page.goto(new URL("/?dataset=/test-data/offline.json", page.url()).href);
    await expectLoadError(page, "The dataset could not be loaded", /Could not reach \/test-data\/offline\.json/);
  });

  it("lists schema problems of a wrongly shaped file with their JSON paths", async () => {
    const page = await app.open("/?dataset=/test-data/wrong-shape.json");
    const problems = page.getByRole("list", { name: "Problems found in the dataset" });
    await problems.waitFor();
    await expectEventually(problems).toContainText("papers");
    await expectEventually(problems).toContainText("chapters[0].id");
    await expectEventually(problems).toContainText("source");
  });

  it("lists duplicate ids, dangling references and oversized text", async () => {
    const page = await app.open("/?dataset=/test-data/dangling.json");
    const list = page.getByRole("list", { name: "Problems found in the dataset" });
    await list.waitFor();
    await expectEventually(list).toHaveText(/papers\[1\]\.id.*duplicate id "twin"/);
    await expectEventually(list).toHaveText(/papers\[1\]\.institutions\[0\].*unknown institution "nowhere"/);

    const oversized = await app.browser().newPage();
    await oversized.goto(page.url().replace("dangling", "oversized"));
    await oversized.getByRole("list", { name: "Problems found in the dataset" }).getByText("papers[0].name").waitFor();
    await oversized.close();
  });

  it("fetches only from its own origin and only http(s)", async () => {
    for (const source of ["https://example.com/papers.json", "javascript:alert(1)", "//evil.example/x.json"]) {
      const page = await app.open(`/?dataset=${encodeURIComponent(source)}`);
      await expectLoadError(page, "The dataset could not be loaded", /is not on this site/);
      await page.context().close();
    }
  });

  it("keeps the loaded dataset when a new one is rejected", async () => {
    const audio = fixture.dataset.papers.filter((paper) => paper.chapter === "audio").length;
    const page = await app.open(fixture.url("/?chapter=audio"));
    await page.getByRole("status").getByText(fixture.countLine(audio)).waitFor();
    // A file opened from disk goes through the same validation.
    await openFromDisk(page, { name: "broken.json", buffer: Buffer.from('{"schemaVersion": 2}') });
    await page.getByRole("alert").filter({ hasText: "That dataset was not opened" }).waitFor();
    await expectEventually(page.getByText("The dataset you had open is still loaded.")).toBeVisible();
    await expectEventually(page.getByRole("status").getByText(fixture.countLine(audio))).toBeVisible();
  });

  it("says quickly and in a line that a file holding one huge string is no dataset, and the table keeps working", async () => {
    const page = await app.open(fixture.url("/"));
    await page.getByRole("status").getByText(fixture.countLine()).waitFor();
    await openFromDisk(page, { name: "huge-string.json", buffer: HUGE_STRING });
    const started = Date.now();
    const alert = page.getByRole("alert").filter({ hasText: "That dataset was not opened" });
    await expectEventually(alert).toContainText(`huge-string.json ${NOT_A_DATASET}`);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expectEventually(alert).toContainText("The dataset you had open is still loaded.");
    // Nothing of the string reached the page.
    await eventually("length of the alert's text", async () => (await alert.textContent())?.length).toBeLessThan(400);
    await eventually("length of the page's text", () =>
      page.evaluate(() => (document.body.textContent ?? "").length),
    ).toBeLessThan(200_000);

    await page.keyboard.press("Escape");
    const audio = fixture.dataset.papers.filter((paper) => paper.chapter === "audio").length;
    await page.getByRole("checkbox", { name: /^Text-to-audio,/ }).check();
    await page.getByRole("status").getByText(fixture.countLine(audio)).waitFor({ timeout: 3_000 });
  });

  it("says the same of such a file named by its address", async () => {
    const page = await app.open("/?dataset=/test-data/huge-string.json", {
      beforeLoad: (page) =>
        page.route(
          (url) => url.pathname === "/test-data/huge-string.json",
          (route) => route.fulfill({ contentType: "application/json", body: HUGE_STRING }),
        ),
    });
    await page.getByRole("heading", { name: "The dataset could not be loaded" }).waitFor();
    await expectEventually(page.getByRole("alert").first()).toContainText(
      `/test-data/huge-string.json ${NOT_A_DATASET}`,
    );
    await eventually("length of the page's text", () =>
      page.evaluate(() => (document.body.textContent ?? "").length),
    ).toBeLessThan(200_000);
  });

  it("names another of the app's files opened as a dataset", async () => {
    const page = await app.open(fixture.url("/"));
    await page.getByRole("status").getByText(fixture.countLine()).waitFor();
    const views = { format: "paper-explorer/saved-views", version: 1, views: [] };
    await openFromDisk(page, { name: "views.json", buffer: Buffer.from(JSON.stringify(views)) });
    await expectEventually(page.getByRole("alert").filter({ hasText: "That dataset was not opened" })).toContainText(
      "views.json is a saved-views file, not a dataset: import it from the “Saved views” menu.",
    );
  });

  it("searches a 10,000-paper dataset named by its address", async () => {
    // A file this large is indexed while the page is still reading it: the index must then be
    // taken as the open dataset's, or the search waits for it forever.
    const page = await app.open("/?dataset=/test-data/synth-10000.json");
    await page.getByRole("status").getByText("10000 of 10000 papers", { exact: true }).waitFor({ timeout: 20_000 });
    await page.getByRole("searchbox", { name: "Search papers" }).fill("diffusion");
    await expectEventually(page.getByRole("status").filter({ hasText: /papers$/ })).toHaveText(
      /^[1-9]\d* of 10000 papers$/,
    );
    await expectPage(page).toHaveParam("q", "diffusion");
  });

  it("reads a file over 24 MB as it downloads, and lists a broken one's problems as if read whole", async () => {
    const base = await app.open("/");
    const synth = await (await base.request.get(new URL("/test-data/synth-10000.json", base.url()).href)).json();
    // Copies of the papers under new ids (and no arXiv id, which would fold them into one) until the file is large enough.
    const copies = [0, 1, 2].flatMap((copy) =>
      synth.papers.map((paper: { id: string }) =>
        copy === 0 ? paper : { ...paper, id: `${paper.id}-${["", "quokka", "wombat"][copy]}`, arxivId: null },
      ),
    );
    const valid = JSON.stringify({ ...synth, papers: copies });
    const broken = JSON.stringify({ ...synth, papers: [...copies, { ...copies[0], id: "late", chapter: "nowhere" }] });
    expect(valid.length).toBeGreaterThan(25_000_000);
    const serve = (body: string) => async (page: Page) =>
      page.route(
        (url) => url.pathname === "/test-data/large.json",
        (route) =>
          route.fulfill({
            body,
            contentType: "application/json",
            headers: { "content-length": String(Buffer.byteLength(body)) },
          }),
      );
    const phase = (page: Page, name: string) =>
      page.evaluate((measure) => performance.getEntriesByName(`dataset:${measure}`).length, name);

    const page = await app.open("/?dataset=/test-data/large.json", { beforeLoad: serve(valid) });
    await page.getByRole("status").getByText("30000 of 30000 papers", { exact: true }).waitFor({ timeout: 30_000 });
    // Parsed in pieces as it came: the whole file was never parsed at once.
    expect(await phase(page, "parse")).toBe(0);
    expect(await phase(page, "validate")).toBe(1);
    // The page indexed the first papers itself and the worker the rest: the last copies are found.
    await page.getByRole("searchbox", { name: "Search papers" }).fill("wombat");
    await expectEventually(page.getByRole("status").filter({ hasText: /papers$/ })).toHaveText("10000 of 30000 papers");

    const failing = await app.open("/?dataset=/test-data/large.json", { beforeLoad: serve(broken) });
    const problems = failing.getByRole("list", { name: "Problems found in the dataset" });
    await problems.waitFor({ timeout: 30_000 });
    await expectEventually(problems).toHaveText(/papers\[30000\]\.chapter.*unknown chapter "nowhere"/);
    expect(await phase(failing, "parse")).toBe(1);
  }, 90_000);

  it("opens a 10,000-paper dataset and counts like an independent count", async () => {
    const page = await app.open("/?dataset=/test-data/synth-10000.json&chapter=audio,video&modality=speech");
    const dataset = await (await page.request.get(new URL("/test-data/synth-10000.json", page.url()).href)).json();
    const expected = dataset.papers.filter(
      (p: { chapter: string; modalities: string[] }) =>
        ["audio", "video"].includes(p.chapter) && p.modalities.includes("speech"),
    ).length;
    await page
      .getByRole("status")
      .getByText(`${expected} of 10000 papers`, { exact: true })
      .waitFor({ timeout: 20_000 });
    const industry = dataset.papers.filter(
      (p: { chapter: string; modalities: string[]; institutions: string[] }) =>
        ["audio", "video"].includes(p.chapter) &&
        p.modalities.includes("speech") &&
        p.institutions.some(
          (id: string) => dataset.institutions.find((i: { id: string }) => i.id === id)?.type === "industry",
        ),
    ).length;
    await page.getByRole("checkbox", { name: /^Industry,/ }).check();
    await page.getByRole("status").getByText(`${industry} of 10000 papers`, { exact: true }).waitFor();
    await expectEventually(page.getByRole("checkbox", { name: /^Industry,/ })).toHaveAttribute(
      "aria-label",
      `Industry, ${industry} papers`,
    );
    // Virtualised: a handful of rows in the DOM, not thousands.
    const rendered = page.locator("tbody tr[data-item-index]");
    await eventually("rows in the DOM", () => rendered.count()).toBeLessThan(60);
  });
});

describe("hostile dataset content", () => {
  it("renders markup in names, summaries and notes as text, and runs none of it", async () => {
    const page = await app.open("/?dataset=/test-data/malicious.json");
    const row = page.getByRole("row", { name: /Evil/ });
    await row.waitFor();
    await expectEventually(row).toContainText('<img src=x onerror="window.__pwned=1">Evil');
    await row.click();
    await page.getByRole("heading", { level: 2, name: /Evil/ }).waitFor();
    const main = page.locator("main");
    await expectEventually(main).toContainText("<script>window.__pwned=1</script>标题");
    await expectEventually(main).toContainText("<b>bold</b>");
    // The direction override was dropped at validation, so the note reads as written.
    await expectEventually(main).toContainText("Note gnp.exe with a direction override");
    await eventually("text of main", () => main.textContent()).not.toContain("\u202E");
    await expectEventually(page.locator("main img[src=x], main iframe, main svg[onload], main b")).toHaveCount(0);
    // Every link that opens elsewhere is an http(s) link without access to this page.
    await expectEventually(page.locator('a[target=_blank]:not([rel="noopener noreferrer"])')).toHaveCount(0);
    await expectEventually(page.locator('a[target=_blank]:not([href^="http://"], [href^="https://"])')).toHaveCount(0);
    await eventually("window.__pwned", () =>
      page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });

  it("rejects a dataset whose link is not http(s), naming the field", async () => {
    const page = await app.open("/?dataset=/test-data/javascript-link.json");
    await page
      .getByRole("list", { name: "Problems found in the dataset" })
      .getByText("papers[0].links.arxiv")
      .waitFor();
  });
});
