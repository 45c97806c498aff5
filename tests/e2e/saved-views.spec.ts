import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { setupApp } from "./support/browser";

const app = setupApp();

describe("saved views", () => {
  it("saves the current view, keeps it across reloads and reopens it", async () => {
    const page = await app.open("/?chapter=audio&q=speech");
    await page
      .getByRole("status")
      .getByText(/of 66 papers/)
      .waitFor();
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("textbox", { name: "Name" }).fill("Speech in audio");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved “Speech in audio”.").waitFor();

    await page.goto(page.url().split("?")[0] ?? "/");
    await page.getByRole("status").getByText("66 of 66 papers").waitFor();
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("link", { name: "Open Speech in audio" }).click();
    await page.waitForFunction(() => location.search === "?q=speech&chapter=audio");
    expect(await page.getByRole("searchbox", { name: "Search papers" }).inputValue()).toBe("speech");
  });

  it("exports views to a file and imports them into another browser", async () => {
    const page = await app.open("/?kind=benchmark");
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("textbox", { name: "Name" }).fill("Benchmarks");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export views" }).click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, "utf8"));
    expect(exported.views.map((view: { name: string }) => view.name)).toEqual(["Benchmarks"]);

    const other = await app.browser().newContext();
    const second = await other.newPage();
    await second.goto(page.url().split("?")[0] ?? "/");
    await second.getByRole("button", { name: "Saved views" }).click();
    const [chooser] = await Promise.all([
      second.waitForEvent("filechooser"),
      second.getByRole("button", { name: "Import views…" }).click(),
    ]);
    await chooser.setFiles(file);
    await second.getByText("Imported 1 view.").waitFor();
    await second.getByRole("link", { name: "Open Benchmarks" }).click();
    await second.waitForFunction(() => location.search === "?kind=benchmark");
    await other.close();
  });
});
