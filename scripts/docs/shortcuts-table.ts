import { en } from "../../src/lib/shortcuts/i18n";
import { type Platform, shownKeys } from "../../src/lib/shortcuts/keys";
import { SCOPE_ORDER, shortcutLines } from "../../src/lib/shortcuts/shortcuts";

export const START = "<!-- shortcuts:start — generated from src/lib/shortcuts by `npm run docs:shortcuts` -->";
export const END = "<!-- shortcuts:end -->";

const PLATFORMS: Platform[] = ["other", "apple"];

/** A chord as the README writes it: each platform's spelling where they differ ("`Ctrl+K` / `⌘+K`"). */
function chordText(chord: string): string {
  const spellings = [...new Set(PLATFORMS.map((platform) => shownKeys(chord, platform).join("+")))];
  return spellings.map((spelling) => `\`${spelling}\``).join(" / ");
}

/** The registry as a Markdown table, columns padded the way Prettier pads them. */
export function shortcutsTable(): string {
  const rows = SCOPE_ORDER.flatMap((scope) =>
    shortcutLines(scope).map((line) => [
      en.scopes[scope],
      line.keys.map(chordText).join(` ${en.or} `),
      en.labels[line.label],
    ]),
  );
  const header = ["where", "keys", "what it does"];
  const width = (text: string) => [...text].length;
  const widths = header.map((title, column) => Math.max(width(title), ...rows.map((row) => width(row[column] ?? ""))));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell + " ".repeat((widths[column] ?? 0) - width(cell))).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** The README with the table between its markers brought up to date. */
export function readmeWithShortcuts(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  return `${readme.slice(0, start)}${START}\n\n${shortcutsTable()}\n\n${readme.slice(end)}`;
}
