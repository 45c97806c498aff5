import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "../../deploy/security-headers";
import { makeDataset, makePaper } from "../fixtures/dataset-fixture";
import { setupApp } from "./support/browser";
import { buildApp } from "./support/build-app";
import { expectPage } from "./support/expect-eventually";
import { type StaticHost, startStaticHost } from "./support/static-host";

const PREFIX = "/paper-explorer/";
const dist = `${inject("distDir")}-subpath`;
const app = setupApp();
const framerDir = mkdtempSync(join(tmpdir(), "framer-"));
let netlify: StaticHost;
let githubPages: StaticHost;
let framer: StaticHost;

beforeAll(async () => {
  buildApp(dist, { BASE_PATH: PREFIX });
  // Written after the build, like any file a site adds beside the app.
  const dataset = makeDataset({ papers: [makePaper({ id: "sub-path-paper", name: "Sub-path paper" })] });
  mkdirSync(join(dist, "test-data"), { recursive: true });
  writeFileSync(join(dist, "test-data", "small.json"), JSON.stringify(dataset));
  netlify = await startStaticHost(dist, { prefix: PREFIX });
  githubPages = await startStaticHost(dist, { prefix: PREFIX, kind: "github-pages" });
  writeFileSync(join(framerDir, "index.html"), '<link rel="icon" href="data:,"><title>Another site</title>');
  framer = await startStaticHost(framerDir, { kind: "github-pages" });
});
afterAll(async () => {
  await Promise.all([netlify?.close(), githubPages?.close(), framer?.close()]);
  rmSync(framerDir, { recursive: true, force: true });
});

const countLine = (page: Page, text: string) => page.getByRole("status").getByText(text, { exact: true });

describe("served under a sub-path", () => {
  it("opens the table at the prefix and a paper beside it", async () => {
    const page = await app.open("/", { origin: netlify.url });
    await countLine(page, "66 of 66 papers").waitFor();
    await expectPage(page).toHavePath(PREFIX);
    await page
      .getByRole("row", { name: /MultiBooth/ })
      .getByText("MultiBooth", { exact: true })
      .click();
    await expectPage(page).toHavePath(`${PREFIX}papers/multibooth`);
    await page.getByRole("heading", { level: 2, name: "MultiBooth" }).waitFor();
  });

  it("opens a deep link with filters, and again on reload", async () => {
    const page = await app.open("/papers/flashspeech?chapter=audio", { origin: netlify.url });
    await page.getByRole("heading", { level: 2, name: "FlashSpeech" }).waitFor();
    await countLine(page, "9 of 66 papers").waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "FlashSpeech" }).waitFor();
    await expectPage(page).toHavePath(`${PREFIX}papers/flashspeech`);
  });

  it("opens a comparison, moves to the overview by its link, and reloads it", async () => {
    const page = await app.open("/compare?ids=multibooth,moa", { origin: netlify.url });
    await page.getByRole("columnheader", { name: /MoA/ }).waitFor();
    await page.getByRole("link", { name: "Overview" }).first().click();
    await expectPage(page).toHavePath(`${PREFIX}stats`);
    await page.getByText("Charts of all 66 papers.").waitFor();
    await page.reload();
    await page.getByText("Charts of all 66 papers.").waitFor();
    await expectPage(page).toHavePath(`${PREFIX}stats`);
  });

  it("answers an unknown path under the prefix with the not-found page, whose way back stays there", async () => {
    const page = await app.open("/no/such/page", { origin: netlify.url });
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await page.getByRole("link", { name: "Back to the papers" }).click();
    await countLine(page, "66 of 66 papers").waitFor();
    await expectPage(page).toHavePath(PREFIX);
  });

  it("opens ?dataset= paths relative to the app's base, from any route, and absolute ones as given", async () => {
    const page = await app.open("/papers/sub-path-paper?dataset=test-data/small.json", { origin: netlify.url });
    await page.getByRole("heading", { level: 2, name: "Sub-path paper" }).waitFor();
    await countLine(page, "1 of 1 papers").waitFor();

    await page.goto(`${netlify.url}/stats?dataset=${encodeURIComponent(`${PREFIX}test-data/small.json`)}`);
    await page.getByText("Charts of all 1 papers.").waitFor();
  });

  it("works on a host without rewrites (GitHub Pages): deep links get the app from 404.html", async () => {
    const page = await app.open("/papers/flashspeech", {
      origin: githubPages.url,
      expectedErrors: /status of 404/,
    });
    await page.getByRole("heading", { level: 2, name: "FlashSpeech" }).waitFor();
    await expectPage(page).toHavePath(`${PREFIX}papers/flashspeech`);
  });

  it("answers with the declared headers and the SPA fallback; no site may frame it", async () => {
    const response = await fetch(`${netlify.url}/papers/multibooth`);
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll("&#39;", "'");
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    expect(meta).not.toContain("frame-ancestors");

    // A page on another origin (another local server: Chromium keeps public pages from framing
    // local ones for reasons of its own) tries to frame the app; the browser refuses and says why.
    const page = await app.open("/", { origin: framer.url, expectedErrors: /frame-ancestors 'none'/ });
    const refused = page.waitForEvent("console", (message) => /frame-ancestors 'none'/.test(message.text()));
    await page.evaluate((src) => {
      const frame = document.createElement("iframe");
      frame.src = src;
      document.body.append(frame);
    }, `${netlify.url}/`);
    await refused;
  });

  it("registers its service worker for the prefix, with a manifest that starts there", async () => {
    const page = await app.open("/", { origin: netlify.url, serviceWorkers: "allow" });
    await countLine(page, "66 of 66 papers").waitFor();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${netlify.origin}${PREFIX}`);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(manifestHref).toBe(`${PREFIX}manifest.webmanifest`);
    const manifest = await (await fetch(`${netlify.origin}${manifestHref}`)).json();
    expect(manifest).toMatchObject({ start_url: PREFIX, scope: PREFIX, display: "standalone" });
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(["192x192", "512x512", "512x512"]);

    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await app.context().setOffline(true);
    await page.goto(`${netlify.url}/stats`);
    await page.getByText("Charts of all 66 papers.").waitFor();
  });

  it("ships source maps beside the scripts, outside the offline precache", () => {
    const assets = readdirSync(join(dist, "assets"));
    const scripts = assets.filter((file) => file.endsWith(".js"));
    const mapped = scripts.filter((file) =>
      readFileSync(join(dist, "assets", file), "utf8").includes(`//# sourceMappingURL=${file}.map`),
    );
    for (const file of mapped) expect(assets).toContain(`${file}.map`);
    expect(mapped.some((file) => file.startsWith("index-"))).toBe(true);
    // Only stubs with no source of their own (the bundler's runtime, re-exports) go without a map.
    for (const file of scripts.filter((script) => !mapped.includes(script)))
      expect(statSync(join(dist, "assets", file)).size, file).toBeLessThan(1024);
    expect(readFileSync(join(dist, "sw.js"), "utf8")).not.toContain('.map"');
  });
});
