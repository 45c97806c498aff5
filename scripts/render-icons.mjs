// Renders the installable app's icons (public/icons/*.png) from public/favicon.svg with the browser
// tests' Chromium. Run it again when the favicon changes: `node scripts/render-icons.mjs`.
import { mkdirSync, readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";

const favicon = readFileSync("public/favicon.svg", "utf8");
// A maskable icon fills its square (the launcher crops it to a circle or squircle); the favicon's
// glyph already sits inside the central safe zone, so only the rounded corners go.
const maskable = favicon.replace(/ rx="[\d.]+"/, "");
if (maskable === favicon) throw new Error("public/favicon.svg has no rounded background rect to square off");

const icons = [
  { file: "icon-192.png", svg: favicon, size: 192 },
  { file: "icon-512.png", svg: favicon, size: 512 },
  { file: "maskable-512.png", svg: maskable, size: 512 },
];

mkdirSync("public/icons", { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const { file, svg, size } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    await page.setContent(
      `<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block">`,
    );
    await page.locator("img").evaluate((img) => img.decode());
    await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
    console.log(`public/icons/${file}`);
  }
} finally {
  await browser.close();
}
