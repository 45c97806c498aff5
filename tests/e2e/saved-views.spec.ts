import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { baseUrl, setupApp } from "./support/browser";
import { expectEventually, expectPage } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

describe("saved views", () => {
  it("saves the current view, keeps it across reloads and reopens it", async () => {
    const view = fixture.url("/?q=speech&chapter=audio");
    const page = await app.open(view);
    await page
      .getByRole("status")
      .getByText(/ of \d+ papers$/)
      .waitFor();
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("textbox", { name: "Name" }).fill("Speech in audio");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved “Speech in audio”.").waitFor();

    await page.goto(baseUrl + fixture.url("/"));
    await page.getByRole("status").getByText(fixture.countLine()).waitFor();
    await page.getByRole("button", { name: "Saved views" }).click();
    await page.getByRole("link", { name: "Open Speech in audio" }).click();
    await expectPage(page).toHaveAddress(view);
    await expectEventually(page.getByRole("searchbox", { name: "Search papers" })).toHaveValue("speech");

    // A second view of the same name could not be told apart in the list: the form says so.
    await page.getByRole("button", { name: "Saved views" }).click();
    const name = page.getByRole("textbox", { name: "Name" });
    await name.fill("speech IN audio ");
    await page.getByText("A view named “speech IN audio” is saved already: choose another name.").waitFor();
    await expectEventually(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
    await name.fill("Speech in audio, again");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved “Speech in audio, again”.").waitFor();
  });

  it("exports views to a file and imports them into another browser", async () => {
    const view = fixture.url("/?kind=benchmark");
    const page = await app.open(view);
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
    await second.goto(baseUrl + fixture.url("/"));
    await second.getByRole("button", { name: "Saved views" }).click();
    const [chooser] = await Promise.all([
      second.waitForEvent("filechooser"),
      second.getByRole("button", { name: "Import views…" }).click(),
    ]);
    await chooser.setFiles(file);
    await second.getByText("Imported 1 view.").waitFor();
    await second.getByRole("link", { name: "Open Benchmarks" }).click();
    await expectPage(second).toHaveAddress(view);
    await other.close();
  });
});
