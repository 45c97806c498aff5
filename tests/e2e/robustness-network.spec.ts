import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { MAX_DATASET_BYTES, STALL_TIMEOUT_MS } from "../../src/lib/dataset/download-dataset";
import { baseUrl, setupApp } from "./support/browser";
import { eventually, expectEventually } from "./support/expect-eventually";
import { labExchange } from "./support/lab-client";
import { fixture } from "./support/test-datasets";

// Misbehaving dataset servers (tests/e2e/support/network-lab.ts) answered through the browser's real
// network stack. The limits are the product's own: the stall timeout is passed by moving the page's
// clock (Playwright's clock), and 200 MiB really travel, so the app needs no test-only knob.

const app = setupApp();

const MB = 1_000_000;
const LIMIT = MAX_DATASET_BYTES;
/** How the pages name the limit and the timeout. */
const LIMIT_MB = `${Math.round(LIMIT / MB)} MB`;
const STALL_SECONDS = `${STALL_TIMEOUT_MS / 1000} seconds`;

/** Tests that move 200 MB through the browser: they take longer on a busy machine. */
const HEAVY = 60_000;

const failure = (page: Page) => page.getByRole("alert");
const loading = (page: Page) => page.getByRole("status").filter({ hasText: "Loading papers…" });

describe("a dataset server that stalls", () => {
  it("can be cancelled, and the failure page offers a retry and the bundled dataset", async () => {
    const lab = labExchange({ kind: "stall", after: 0, announced: 5 * MB });
    const page = await app.open(lab.url());
    await loading(page).waitFor();
    await eventually("requests the server saw", async () => (await lab.log()).requests).toBe(1);
    await page.getByRole("button", { name: "Cancel" }).click();

    await page.getByRole("heading", { name: "Loading was cancelled" }).waitFor();
    await expectEventually(failure(page)).toContainText(`You stopped loading ${lab.source}.`);
    // Cancelling closed the connection rather than leaving the download running unseen.
    await eventually("server log", () => lab.log()).toMatchObject({ closedEarly: true, finished: false });

    await page.getByRole("button", { name: "Try again" }).click();
    await loading(page).waitFor();
    await eventually("requests the server saw", async () => (await lab.log()).requests).toBe(2);
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("heading", { name: "Loading was cancelled" }).waitFor();

    await page.getByRole("link", { name: "Open the bundled dataset" }).click();
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
  });

  it("gives up after the stall timeout without data, having shown what arrived", async () => {
    const lab = labExchange({ kind: "stall", after: 300_000, announced: null });
    const page = await app.open(lab.url(), { beforeLoad: (next) => next.clock.install() });
    // No size announced: the page counts what arrives.
    await loading(page).getByText("0.3 MB received").waitFor();
    // The last bytes may still be on their way, and each chunk restarts the page's timer: move the
    // clock past the timeout until the page gives up.
    await eventually("the page after its clock passed the stall timeout", async () => {
      await page.clock.fastForward(STALL_TIMEOUT_MS);
      return failure(page).textContent({ timeout: 1_000 });
    }).toContain(`${lab.source} stopped sending data for ${STALL_SECONDS}`);
    await expectEventually(page.getByRole("heading", { name: "The dataset could not be loaded" })).toBeVisible();
    await eventually("server log", () => lab.log()).toMatchObject({ closedEarly: true });
    await expectEventually(page.getByRole("button", { name: "Try again" })).toBeVisible();
  });

  it("gives up on a server that never answers at all", async () => {
    const lab = labExchange({ kind: "silent" });
    const page = await app.open(lab.url(), { beforeLoad: (next) => next.clock.install() });
    await loading(page).waitFor();
    await eventually("requests the server saw", async () => (await lab.log()).requests).toBe(1);
    await page.clock.fastForward(STALL_TIMEOUT_MS);
    await expectEventually(failure(page)).toContainText(`${lab.source} stopped sending data for ${STALL_SECONDS}`);
  });
});

describe("a response larger than the limit", () => {
  it("is refused from its announced size, before its body is read", async () => {
    const lab = labExchange({ kind: "large", bytes: 300 * MB, sized: true });
    const page = await app.open(lab.url());
    await expectEventually(failure(page)).toContainText(
      `${lab.source} is 300 MB; the app opens datasets of up to ${LIMIT_MB}.`,
    );
    await eventually("server log", () => lab.log()).toMatchObject({ closedEarly: true });
    await eventually("bytes the server sent", async () => (await lab.log()).sent).toBeLessThan(100 * MB);
  });

  it(
    "is stopped at the limit when streamed without a size",
    async () => {
      const total = 2 * LIMIT;
      const lab = labExchange({ kind: "large", bytes: total, sized: false });
      const page = await app.open(lab.url());
      await expectEventually(failure(page)).toContainText(`${lab.source} is larger than ${LIMIT_MB}`);
      // The page stopped reading at the limit: the server never got to send the rest.
      await eventually("server log", () => lab.log()).toMatchObject({ closedEarly: true, finished: false });
      const { sent } = await lab.log();
      expect(sent).toBeGreaterThan(LIMIT);
      expect(sent).toBeLessThan(total - 50 * MB);
    },
    HEAVY,
  );

  it(
    "is stopped at the limit when a small gzip body inflates past it",
    async () => {
      const lab = labExchange({ kind: "gzip-bomb" });
      const page = await app.open(lab.url());
      await expectEventually(failure(page)).toContainText(`${lab.source} is larger than ${LIMIT_MB}`);
      // About 1 KB of gzip per MiB: the limit is reached after about 200 KB, and the bomb never ends.
      await eventually("server log", () => lab.log()).toMatchObject({ closedEarly: true });
      expect((await lab.log()).sent).toBeLessThan(64 * MB);
    },
    HEAVY,
  );
});

describe("a redirect", () => {
  it("to another origin is refused with its reason, not followed into a CSP block", async () => {
    const elsewhere = baseUrl.replace("127.0.0.1", "localhost");
    const lab = labExchange({ kind: "redirect", to: `${elsewhere}/test-data/fixture.json` });
    const page = await app.open(lab.url());
    await page.getByRole("heading", { name: "The dataset could not be loaded" }).waitFor();
    await expectEventually(failure(page)).toContainText(`${lab.source} redirects to another address`);
    await eventually("text of the failure", () => failure(page).textContent()).not.toContain("Failed to fetch");
  });
});

describe("download progress", () => {
  it("shows bytes received of the announced size while a large file arrives", async () => {
    const lab = labExchange({ kind: "held", file: "fixture.json", size: 2 * MB, hold: MB / 2 });
    const page = await app.open(lab.url());
    await loading(page).getByText("0.5 of 2.0 MB", { exact: true }).waitFor();
    await lab.release();
    await page.getByRole("status").getByText(fixture.countLine()).waitFor();
    await eventually("server log", () => lab.log()).toMatchObject({ finished: true });
  });
});

describe("a crashed search worker", () => {
  const workerScript = (url: URL) => /^\/assets\/search\.worker-[\w-]+\.js$/.test(url.pathname);

  it("is reported with a retry, while the table and facets keep working", async () => {
    const page = await app.open(fixture.url("/"), {
      // The worker loads, then throws on the first dataset it is given, as it would running out of memory.
      beforeLoad: (next) =>
        next.route(workerScript, (route) =>
          route.fulfill({
            contentType: "text/javascript",
            body: 'self.onmessage = () => { throw new Error("out of memory"); };',
          }),
        ),
    });
    const unavailable = page.getByRole("alert").filter({ hasText: "Search is unavailable" });
    await expectEventually(unavailable).toContainText("out of memory");
    await expectEventually(unavailable).toContainText("Filters and the table still work.");

    const { papers } = fixture.dataset;
    await page.getByRole("status").getByText(fixture.countLine()).waitFor();
    const audio = papers.filter((paper) => paper.chapter === "audio").length;
    await expectEventually(page.getByRole("checkbox", { name: /^Text-to-audio,/ })).toHaveAttribute(
      "aria-label",
      fixture.facetName("Text-to-audio", audio),
    );
    await page.getByRole("checkbox", { name: /^Text-to-audio,/ }).check();
    await page.getByRole("status").getByText(fixture.countLine(audio)).waitFor();
    await expectEventually(page.getByRole("row", { name: /SpeechCodec/ })).toBeVisible();

    // Retry starts a new worker; this time the real one loads and search answers.
    await page.unroute(workerScript);
    await unavailable.getByRole("button", { name: "Try again" }).click();
    await expectEventually(unavailable).toHaveCount(0);
    await page.getByRole("checkbox", { name: /^Text-to-audio,/ }).uncheck();
    await page.getByRole("searchbox", { name: "Search papers" }).fill("MultiBooth");
    await page.getByRole("status").getByText(fixture.countLine(1)).waitFor();
    await expectEventually(page.getByRole("row", { name: /MultiBooth/ })).toBeVisible();
  });

  it("that fails to start is reported the same way", async () => {
    const page = await app.open(fixture.url("/"), {
      beforeLoad: (next) =>
        next.route(workerScript, (route) =>
          route.fulfill({ contentType: "text/javascript", body: 'throw new Error("the worker could not start");' }),
        ),
    });
    await page
      .getByRole("alert")
      .filter({ hasText: "Search is unavailable" })
      .getByRole("button", { name: "Try again" })
      .waitFor();
    await page.getByRole("status").getByText(fixture.countLine()).waitFor();
  });
});
