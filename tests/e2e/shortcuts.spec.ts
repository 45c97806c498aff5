import { describe, expect, it } from "vitest";
import { en } from "../../src/lib/shortcuts/i18n";
import { shownKeys } from "../../src/lib/shortcuts/keys";
import { SCOPE_ORDER, SHORTCUTS, shortcutLines } from "../../src/lib/shortcuts/shortcuts";
import { setupApp } from "./support/browser";

const app = setupApp();

describe("keyboard shortcuts", () => {
  it("lists every registry entry in the ? dialog, with its keys, under its scope", async () => {
    const page = await app.open("/");
    await page
      .getByRole("status")
      .getByText(/of 66 papers/)
      .waitFor();
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await help.waitFor();
    for (const scope of SCOPE_ORDER) {
      const section = help.getByRole("region", { name: en.scopes[scope] });
      await section.waitFor();
      // One row per line of the registry, and nothing else.
      expect(await section.getByRole("row").count()).toBe(shortcutLines(scope).length + 1);
    }
    for (const shortcut of SHORTCUTS) {
      const row = help
        .getByRole("region", { name: en.scopes[shortcut.scope] })
        .getByRole("row")
        .filter({ has: page.getByRole("cell", { name: en.labels[shortcut.label], exact: true }) });
      await row.waitFor();
      const keys = (await row.getByRole("cell").first().textContent()) ?? "";
      // Chromium here runs on Linux: Ctrl, not ⌘.
      for (const chord of shortcut.keys) {
        for (const key of shownKeys(chord, "other")) expect(keys, `${shortcut.id}: ${key}`).toContain(key);
      }
    }
  });

  it("tells screen readers and tooltips which keys the buttons have", async () => {
    const page = await app.open("/papers/voiceshop?chapter=audio");
    await page.getByRole("heading", { level: 2, name: "VoiceShop", exact: true }).waitFor();
    const next = page.getByRole("link", { name: "Next paper" });
    expect(await next.getAttribute("aria-keyshortcuts")).toBe("j ArrowRight");
    expect(await page.getByRole("link", { name: "Previous paper" }).getAttribute("aria-keyshortcuts")).toBe(
      "k ArrowLeft",
    );
    expect(await page.getByRole("button", { name: "Close the paper" }).getAttribute("aria-keyshortcuts")).toBe(
      "Escape",
    );
    expect(
      await page.getByRole("button", { name: "Search papers and actions" }).getAttribute("aria-keyshortcuts"),
    ).toBe("Meta+K Control+K /");
    await next.hover();
    await page.getByRole("tooltip", { name: "Next paper (j or →)" }).waitFor();
    // The pane's hints come from the same entries.
    const hints = page.getByRole("note", { name: "Keyboard" });
    await hints.getByText("Next paper").waitFor();
    expect(await hints.textContent()).toMatch(/j\s*or\s*→\s*Next paper/);
  });

  it("closes quick find with Escape and leaves the open paper alone", async () => {
    const page = await app.open("/papers/covomix?chapter=audio");
    await page.getByRole("heading", { level: 2, name: "CoVoMix", exact: true }).waitFor();
    await page.keyboard.press("Control+k");
    const field = page.getByRole("combobox", { name: "Quick find" });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    await field.waitFor({ state: "detached" });
    const url = new URL(page.url());
    expect(url.pathname + url.search).toBe("/papers/covomix?chapter=audio");
    await page.getByRole("heading", { level: 2, name: "CoVoMix", exact: true }).waitFor();
    // With quick find closed, Escape is the pane's again.
    await page.keyboard.press("Escape");
    await page.waitForURL((url) => url.pathname === "/");
  });
});
