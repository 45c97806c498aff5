import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { median, percentile } from "./stats";

export interface SizeResult {
  papers: number;
  firstRowsMs: number;
  interactiveMs: number;
  /** When the search worker's index was ready, from navigation start. */
  searchReadyMs: number;
  /** The app's loading phases: fetch, parse, validate, indexes. */
  phasesMs: Record<string, number>;
  heapMb: number;
  facetToggle: { medianMs: number; p95Ms: number; samples: number };
  searchEn: { medianMs: number; p95Ms: number; samples: number };
  searchZh: { medianMs: number; p95Ms: number; samples: number };
  scroll: { maxRowsInDom: number; droppedFrames: number; frames: number; longTasks: number };
}

const PROBES = readFileSync(new URL("./in-page.js", import.meta.url), "utf8");
const summary = (samples: number[]) => ({
  medianMs: round(median(samples)),
  p95Ms: round(percentile(samples, 95)),
  samples: samples.length,
});
const round = (value: number) => Math.round(value * 10) / 10;

/** One run: a fresh page that loads the dataset, then each interaction measured in the page. */
async function measureOnce(browser: Browser, url: string, papers: number): Promise<SizeResult> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  await page.addInitScript({ content: PROBES });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  const load = (await page.evaluate("window.__benchFns.loadTimes()")) as { firstRows: number; interactive: number };
  const phases = (await page.evaluate("window.__benchFns.loadPhases()")) as {
    phases: Record<string, number>;
    searchReady: number | null;
  };

  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };

  const toggles = (await page.evaluate(
    'window.__benchFns.measureFacetToggles("Text-to-audio", "chapter", 30)',
  )) as number[];
  const english = (await page.evaluate('window.__benchFns.measureTyping("diffusion", 4)')) as number[];
  const chinese = (await page.evaluate('window.__benchFns.measureTyping("扩散模型推理", 6)')) as number[];
  const scroll = (await page.evaluate("window.__benchFns.measureScroll(2000)")) as SizeResult["scroll"] & {
    maxRows: number;
  };
  await context.close();
  if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
  return {
    papers,
    firstRowsMs: round(load.firstRows),
    interactiveMs: round(load.interactive),
    searchReadyMs: round(phases.searchReady ?? Number.NaN),
    phasesMs: Object.fromEntries(Object.entries(phases.phases).map(([name, ms]) => [name, round(ms)])),
    heapMb: round(heap.usedSize / 1e6),
    facetToggle: summary(toggles),
    searchEn: summary(english),
    searchZh: summary(chinese),
    scroll: {
      maxRowsInDom: scroll.maxRows,
      droppedFrames: scroll.droppedFrames,
      frames: scroll.frames,
      longTasks: scroll.longTasks,
    },
  };
}

/** `runs` runs; each number reported is the median over the runs. */
export async function measureDataset(browser: Browser, url: string, papers: number, runs: number): Promise<SizeResult> {
  const results: SizeResult[] = [];
  for (let run = 0; run < runs; run++) results.push(await measureOnce(browser, url, papers));
  const mid = (pick: (r: SizeResult) => number) => round(median(results.map(pick)));
  return {
    papers,
    firstRowsMs: mid((r) => r.firstRowsMs),
    interactiveMs: mid((r) => r.interactiveMs),
    searchReadyMs: mid((r) => r.searchReadyMs),
    phasesMs: Object.fromEntries(
      Object.keys(results[0]?.phasesMs ?? {}).map((name) => [name, mid((r) => r.phasesMs[name] ?? Number.NaN)]),
    ),
    heapMb: mid((r) => r.heapMb),
    facetToggle: {
      medianMs: mid((r) => r.facetToggle.medianMs),
      p95Ms: mid((r) => r.facetToggle.p95Ms),
      samples: results[0]?.facetToggle.samples ?? 0,
    },
    searchEn: {
      medianMs: mid((r) => r.searchEn.medianMs),
      p95Ms: mid((r) => r.searchEn.p95Ms),
      samples: results[0]?.searchEn.samples ?? 0,
    },
    searchZh: {
      medianMs: mid((r) => r.searchZh.medianMs),
      p95Ms: mid((r) => r.searchZh.p95Ms),
      samples: results[0]?.searchZh.samples ?? 0,
    },
    scroll: {
      maxRowsInDom: Math.max(...results.map((r) => r.scroll.maxRowsInDom)),
      droppedFrames: mid((r) => r.scroll.droppedFrames),
      frames: mid((r) => r.scroll.frames),
      longTasks: mid((r) => r.scroll.longTasks),
    },
  };
}
