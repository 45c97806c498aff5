// Takes a screenshot of a running app: node scripts/screenshot.mjs <url> <out.png> [width] [light|dark] [locale] [storage.json]
// storage.json: localStorage items ({ key: value }) set before the page loads, e.g. a library to show.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";

const [url, out, width = "1400", colorScheme = "light", locale = "en-US", storage] = process.argv.slice(2);
if (!url || !out) {
  console.error("usage: node scripts/screenshot.mjs <url> <out.png> [width] [light|dark] [locale] [storage.json]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme, locale });
page.on("console", (message) => message.type() === "error" && console.error("console:", message.text()));
page.on("pageerror", (error) => console.error("pageerror:", error.message));
if (storage) {
  await page.addInitScript(
    (items) => {
      // Once per tab, so what the app writes afterwards is not reset by a reload.
      if (sessionStorage.getItem("screenshot-storage")) return;
      sessionStorage.setItem("screenshot-storage", "1");
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    },
    JSON.parse(readFileSync(storage, "utf8")),
  );
}
await page.goto(url);
await page.waitForLoadState("networkidle");
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
