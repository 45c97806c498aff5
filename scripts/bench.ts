// npm run bench [-- --sizes 66,1000,10000,100000 --runs 3 --out .bench/results.json]
// Builds the app, serves it on 127.0.0.1, drives Chromium and prints load, interaction, scroll,
// memory and bundle numbers per dataset size. It reports numbers; it asserts nothing.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { bundleReport } from "./bench/bundle-size";
import { measureDataset, type SizeResult } from "./bench/measure-dataset";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";
import { synthDataset } from "./synth/synth-dataset";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "66,1000,10000,100000" },
    runs: { type: "string", default: "3" },
    out: { type: "string", default: ".bench/results.json" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
const dist = ".bench/dist";

execFileSync("npx", ["vite", "build", "--logLevel", "warn", "--outDir", dist, "--emptyOutDir"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
mkdirSync(`${dist}/bench`, { recursive: true });
for (const size of sizes.filter((n) => n !== 66)) {
  writeFileSync(`${dist}/bench/synth-${size}.json`, JSON.stringify(synthDataset(size, 1)));
}
const server = await preview({ build: { outDir: dist }, preview: { host: "127.0.0.1", port: 0 }, logLevel: "warn" });
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, "");
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
});

const results: SizeResult[] = [];
try {
  for (const size of sizes) {
    const url = size === 66 ? `${base}/` : `${base}/?dataset=/bench/synth-${size}.json`;
    process.stdout.write(`measuring ${size} papers (${runs} runs)…\n`);
    results.push(await measureDataset(browser, url, size, runs));
  }
} finally {
  await browser.close();
  await server.close();
}

const bundle = bundleReport(dist);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\nmedian of ${runs} runs, headless Chromium, ${new Date().toISOString()}`);
console.table(
  Object.fromEntries(
    results.map((r) => [
      r.papers,
      {
        "first rows ms": r.firstRowsMs,
        "interactive ms": r.interactiveMs,
        "search ready ms": r.searchReadyMs,
        "heap MB": r.heapMb,
        "facet p50/p95 ms": `${r.facetToggle.medianMs} / ${r.facetToggle.p95Ms}`,
        "search en p50/p95": `${r.searchEn.medianMs} / ${r.searchEn.p95Ms}`,
        "search zh p50/p95": `${r.searchZh.medianMs} / ${r.searchZh.p95Ms}`,
        "rows in DOM": r.scroll.maxRowsInDom,
        "scroll dropped/frames": `${r.scroll.droppedFrames}/${r.scroll.frames}`,
        "scroll long tasks": r.scroll.longTasks,
      },
    ]),
  ),
);
console.log("loading phases (ms):");
for (const r of results)
  console.log(
    `  ${r.papers}: ${Object.entries(r.phasesMs)
      .map(([name, ms]) => `${name} ${ms}`)
      .join(", ")}`,
  );
console.log(`bundle: initial JS ${kb(bundle.initialJs)} gzip, initial CSS ${kb(bundle.initialCss)} gzip`);
for (const chunk of bundle.lazyChunks.slice(0, 12)) console.log(`  lazy ${chunk.file}: ${kb(chunk.gzip)}`);
mkdirSync(".bench", { recursive: true });
writeFileSync(values.out, `${JSON.stringify({ date: new Date().toISOString(), runs, results, bundle }, null, 2)}\n`);
console.log(`wrote ${values.out}`);
