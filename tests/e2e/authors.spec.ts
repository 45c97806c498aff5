import { describe, expect, it } from "vitest";
import bundled from "../../data/2024-04.json";
import { setupApp } from "./support/browser";

const app = setupApp();

const multibooth = bundled.papers.find((paper) => paper.id === "multibooth");
if (!multibooth?.authorsSource) throw new Error("the bundled dataset lost MultiBooth's authors");
const authors = multibooth.authors;

describe("authors", () => {
  it("the detail pane lists three names and et al., shows them all from the keyboard, and links the source", async () => {
    const page = await app.open("/papers/multibooth");
    const pane = page.getByRole("complementary");
    await pane.getByText(`${authors.slice(0, 3).join(", ")} et al.`).waitFor();
    const toggle = pane.getByRole("button", { name: `Show all ${authors.length} authors` });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.focus();
    await page.keyboard.press("Enter");
    const fewer = pane.getByRole("button", { name: "Show fewer authors" });
    await fewer.waitFor();
    expect(await fewer.getAttribute("aria-expanded")).toBe("true");
    await pane.getByText(`${authors.slice(0, -1).join(", ")}, and ${authors.at(-1)}`).waitFor();
    const source = pane.getByRole("link", { name: /as listed on arXiv/ });
    expect(await source.getAttribute("href")).toBe(multibooth.authorsSource?.url);
    expect(await source.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("the comparison has an Authors row", async () => {
    const page = await app.open("/compare?ids=multibooth,moa");
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Authors" }) });
    await row.getByText(`${authors.slice(0, 3).join(", ")} et al.`).waitFor();
  });

  it("the table's Authors column is hidden until chosen, then shows the first author", async () => {
    const page = await app.open("/?chapter=text-to-image");
    await page.getByRole("columnheader", { name: "Institutions" }).waitFor();
    expect(await page.getByRole("columnheader", { name: "Authors" }).count()).toBe(0);
    await page.getByRole("button", { name: "Columns" }).click();
    await page.getByRole("checkbox", { name: "Authors" }).check();
    await page.getByRole("columnheader", { name: "Authors" }).waitFor();
    const row = page.getByRole("row", { name: /^Select MultiBooth/ });
    await row.getByText(`${authors[0]} et al.`).waitFor();
    // The choice is a saved setting.
    await page.reload();
    await page.getByRole("columnheader", { name: "Authors" }).waitFor();
  });

  it("quick find describes a paper with its first author", async () => {
    const page = await app.open("/");
    await page
      .getByRole("status")
      .getByText(/of 66 papers/)
      .waitFor();
    await page.keyboard.press("Control+k");
    await page.getByRole("combobox", { name: "Quick find" }).fill("MultiBooth");
    await page
      .getByRole("listbox", { name: "Results" })
      .getByRole("option", { name: /^MultiBooth/ })
      .getByText(`${authors[0]} et al.`, { exact: false })
      .waitFor();
  });
});
