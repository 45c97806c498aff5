// Takes a screenshot of a running app: node scripts/screenshot.mjs <url> <out.png> [width] [light|dark] [locale]
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";

const [url, out, width = "1400", colorScheme = "light", locale = "en-US"] = process.argv.slice(2);
if (!url || !out) {
  console.error("usage: node scripts/screenshot.mjs <url> <out.png> [width] [light|dark] [locale]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme, locale });
page.on("console", (message) => message.type() === "error" && console.error("console:", message.text()));
page.on("pageerror", (error) => console.error("pageerror:", error.message));
await page.goto(url);
await page.waitForLoadState("networkidle");
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
