// npm run bench [-- --sizes 66,1000,10000,100000 --reps 20 --load-reps 10 --order app-first|ag-first
//                   --months 24 --only app --harness ../shared/peer-bench --out .bench/results.json]
//
// What users feel, measured by the project's side-by-side harness (../shared/peer-bench): the built
// app and AG Grid Community on the same data in one Chromium, by the same clock (painted frames,
// not DOM insertion; first passes before any query is cached; page plus search-worker heap). This
// builds the app, copies the harness (its folder may be read-only) and installs it once, generates
// the synthetic datasets with the harness's own generator, runs each size and prints one table.
// With --months N each size is an archive instead: N monthly digest files and a catalog, which the
// app opens (scripts/bench/archive-case.ts). --only app|ag runs one side.
// It reports numbers; it asserts nothing.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { catalogHarness, writeArchiveCase } from "./bench/archive-case";
import { bundleReport } from "./bench/bundle-size";
import { findChromium } from "./find-chromium.mjs";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "66,1000,10000,100000" },
    reps: { type: "string", default: "20" },
    "load-reps": { type: "string", default: "10" },
    order: { type: "string", default: "app-first" },
    harness: { type: "string", default: "../shared/peer-bench" },
    out: { type: "string", default: ".bench/results.json" },
    months: { type: "string" },
    only: { type: "string" },
  },
});
const harnessSource = resolve(values.harness);
if (!existsSync(join(harnessSource, "sidebyside.mjs"))) {
  console.error(
    `No side-by-side harness at ${harnessSource}. It lives in the team's shared folder (shared/peer-bench); ` +
      "point --harness at a copy of it.",
  );
  process.exit(1);
}
const work = resolve(".bench");
const dist = join(work, "dist");
const harness = join(work, "peer-bench");
const chromium = findChromium();

execFileSync("npx", ["vite", "build", "--logLevel", "warn", "--outDir", dist, "--emptyOutDir", "--manifest"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
mkdirSync(harness, { recursive: true });
cpSync(harnessSource, harness, { recursive: true, filter: (path) => !path.includes("node_modules") });
if (!existsSync(join(harness, "node_modules"))) execFileSync("npm", ["ci"], { cwd: harness, stdio: "inherit" });

const sizes = values.sizes.split(",").map(Number);
const months = values.months === undefined ? null : Number(values.months);
if (months !== null && !(Number.isInteger(months) && months >= 2)) {
  console.error("--months must be a whole number of at least 2");
  process.exit(2);
}
const script = months === null ? "sidebyside.mjs" : catalogHarness(harness);
interface Stats {
  median: number;
  p95: number;
}
interface Side {
  load: { paint: Stats; searchReady: Stats; searchUsable: Stats; heapUsedMB: Stats };
  keystroke: { all: { paint: Stats; dom: Stats }; firstPass?: { paint: Stats } };
  facet: { all: { paint: Stats; dom: Stats } };
  end: { heapUsedMB: number; workerHeapMB?: number | null; rowsInDom: number };
}
const results: { papers: number; loadAverage: number[]; app?: Side; ag?: Side }[] = [];
for (const papers of sizes) {
  let data = resolve("data/2024-04.json");
  if (months !== null) {
    data = join(work, `a${papers}x${months}.json`);
    writeArchiveCase(dist, papers, months, data);
  } else if (papers !== 66) {
    data = join(work, `p${papers}.json`);
    if (!existsSync(data)) {
      execFileSync("node", ["gen.mjs", "--papers", String(papers), "--seed", "1", "--out", data], {
        cwd: harness,
        stdio: "inherit",
      });
    }
  }
  const loadAverage = loadavg().map((n) => Math.round(n * 10) / 10);
  console.log(`\n${papers} papers (load average ${loadAverage.join(", ")})`);
  const output = execFileSync(
    "node",
    [
      script,
      ...["--app-dist", dist, "--data", data, "--reps", values.reps, "--load-reps", values["load-reps"]],
      ...["--order", values.order],
      ...(values.only ? ["--only", values.only] : []),
    ],
    {
      cwd: harness,
      env: { ...process.env, CHROMIUM_PATH: chromium },
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "inherit"],
    },
  ).toString();
  const lines = output.trim().split("\n");
  console.log(lines.slice(0, -1).join("\n"));
  const { app, ag } = JSON.parse(lines.at(-1) ?? "{}") as { app?: Side; ag?: Side };
  results.push({ papers, loadAverage, app, ag });
}

const ms = (s: Stats | undefined) => (s ? `${Math.round(s.median)} / ${Math.round(s.p95)}` : "-");
console.log(
  `\nmedian / p95 ms, app vs AG Grid Community (same run, same Chromium)${months === null ? "" : `, each size as ${months} monthly files`}`,
);
console.table(
  Object.fromEntries(
    results.map(({ papers, app, ag, loadAverage }) => [
      papers,
      {
        "load → painted": `${ms(app?.load.paint)} vs ${ms(ag?.load.paint)}`,
        "keystroke → painted": `${ms(app?.keystroke.all.paint)} vs ${ms(ag?.keystroke.all.paint)}`,
        "first-pass keystroke": ms(app?.keystroke.firstPass?.paint),
        "facet → painted": `${ms(app?.facet.all.paint)} vs ${ms(ag?.facet.all.paint)}`,
        "search usable (ms)": ms(app?.load.searchUsable),
        "heap MB page+worker vs AG": `${app?.end.heapUsedMB ?? "-"}+${app?.end.workerHeapMB ?? "?"} vs ${ag?.end.heapUsedMB ?? "-"}`,
        "load avg": loadAverage[0],
      },
    ]),
  ),
);
const bundle = bundleReport(dist);
console.log(
  `initial JS ${(bundle.initialJs / 1024).toFixed(1)} KB gzip, CSS ${(bundle.initialCss / 1024).toFixed(1)} KB gzip`,
);
mkdirSync(work, { recursive: true });
writeFileSync(values.out, `${JSON.stringify({ date: new Date().toISOString(), months, results, bundle }, null, 2)}\n`);
console.log(`written ${values.out}`);
