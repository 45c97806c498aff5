// npm run docs:shortcuts — rewrites the keyboard table in README.md from the shortcut registry.
import { readFileSync, writeFileSync } from "node:fs";
import { readmeWithShortcuts } from "./docs/shortcuts-table";

const readme = readFileSync("README.md", "utf8");
const updated = readmeWithShortcuts(readme);
writeFileSync("README.md", updated);
console.log(
  updated === readme ? "README.md: keyboard table already up to date" : "README.md: keyboard table rewritten",
);
