import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleReport {
  initialJs: number;
  initialCss: number;
  lazyChunks: { file: string; gzip: number }[];
}

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Gzip bytes of what index.html loads up front, and of every chunk loaded later. */
export function bundleReport(dist: string): BundleReport {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const referenced = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] as string);
  const initialJs = referenced.filter((file) => file.endsWith(".js"));
  const initialCss = referenced.filter((file) => file.endsWith(".css"));
  const lazyChunks = readdirSync(join(dist, "assets"))
    .map((file) => `assets/${file}`)
    .filter((file) => file.endsWith(".js") && !initialJs.includes(file))
    .map((file) => ({ file, gzip: gzip(join(dist, file)) }))
    .sort((a, b) => b.gzip - a.gzip);
  return {
    initialJs: initialJs.reduce((sum, file) => sum + gzip(join(dist, file)), 0),
    initialCss: initialCss.reduce((sum, file) => sum + gzip(join(dist, file)), 0),
    lazyChunks,
  };
}
