import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupApp } from "./support/browser";
import { eventually, expectEventually } from "./support/expect-eventually";

const app = setupApp();

const figure = (page: Page, name: string) => page.getByRole("figure", { name });
const box = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);

describe("overview polish", () => {
  it("writes each top institution's total at the end of its bar", async () => {
    const page = await app.open("/stats");
    const card = figure(page, "Top institutions");
    await card.getByRole("button", { name: "Show the numbers" }).click();
    const counts = card.getByRole("table").getByRole("row");
    await counts.nth(1).waitFor();
    const expected = await counts.evaluateAll((rows) =>
      rows
        .slice(1)
        .map((row) => row.children[1]?.textContent?.trim() ?? "")
        .sort(),
    );
    await eventually("totals drawn on the chart", () =>
      card.locator(".recharts-label-list text").evaluateAll((texts) => texts.map((t) => t.textContent ?? "").sort()),
    ).toEqual(expected);
  });

  it("labels the collaboration network without overlaps, and names any node on hover", async () => {
    const page = await app.open("/stats");
    const network = figure(page, "Who worked with whom");
    const labels = network.locator("svg text");
    await eventually("labels", () => labels.count()).toBeGreaterThanOrEqual(3);
    const overlaps = () =>
      labels.evaluateAll((texts) => {
        const boxes = texts.map((text) => text.getBoundingClientRect());
        let count = 0;
        boxes.forEach((a, i) => {
          for (const b of boxes.slice(i + 1)) {
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) count++;
          }
        });
        return count;
      });
    await eventually("overlapping labels", overlaps).toBe(0);

    // A node without a label shows its name while the pointer is on it.
    const shown = new Set(await labels.allTextContents());
    const nodes = network.getByRole("link");
    const names = (await nodes.evaluateAll((links) => links.map((l) => l.getAttribute("aria-label") ?? ""))).map(
      (label) => label.slice(0, label.indexOf(":")),
    );
    const quiet = names.findIndex((name) => !shown.has(name));
    expect(quiet, "a node without a label").toBeGreaterThanOrEqual(0);
    await nodes.nth(quiet).hover();
    await expectEventually(network.locator("svg text", { hasText: names[quiet] as string })).toHaveCount(1);
  });

  it("keeps a one-bar chart's card as short as its bar", async () => {
    const page = await app.open("/stats?chapter=audio");
    const card = figure(page, "Papers per chapter");
    const button = card.getByRole("button", { name: "Show the numbers" });
    await button.waitFor();
    // Beside it, the institutions chart is much taller; this card still ends right after its button.
    await eventually(
      "space under the last line",
      async () => (await box(card)).bottom - (await box(button)).bottom,
    ).toBeLessThanOrEqual(24);
    await eventually(
      "taller neighbour",
      async () => (await box(figure(page, "Top institutions"))).height - (await box(card)).height,
    ).toBeGreaterThan(100);
  });
});
