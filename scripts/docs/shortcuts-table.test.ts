import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { en } from "../../src/lib/shortcuts/i18n";
import { SHORTCUTS } from "../../src/lib/shortcuts/shortcuts";
import { END, readmeWithShortcuts, START, shortcutsTable } from "./shortcuts-table";

describe("the README's keyboard table", () => {
  it("is the registry's table (run `npm run docs:shortcuts` after changing a shortcut)", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readmeWithShortcuts(readme)).toBe(readme);
  });

  it("names every shortcut, with both spellings of Ctrl/⌘", () => {
    const table = shortcutsTable();
    for (const shortcut of SHORTCUTS) expect(table).toContain(en.labels[shortcut.label]);
    expect(table).toContain("`Ctrl+K` / `⌘+K`");
    expect(table).toContain("`j` or `→`");
  });

  it("replaces only what is between the markers", () => {
    const readme = `# Title\n\n${START}\n\nold table\n\n${END}\n\nAfter.\n`;
    const updated = readmeWithShortcuts(readme);
    expect(updated.startsWith(`# Title\n\n${START}\n\n| where`)).toBe(true);
    expect(updated.endsWith(`|\n\n${END}\n\nAfter.\n`)).toBe(true);
    expect(updated).not.toContain("old table");
  });
});
