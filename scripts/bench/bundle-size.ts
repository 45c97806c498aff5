import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleReport {
  /** Gzip bytes of the JavaScript the landing page runs before it can show rows. */
  initialJs: number;
  initialCss: number;
  /** Every other chunk, loaded on demand. */
  lazyChunks: { file: string; gzip: number }[];
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * From the build's manifest (`vite build --manifest`): the entry, the app it loads at once (its
 * own dynamic imports: the entry only starts the dataset download and then imports the app), and
 * everything those import statically. The landing route is not split off, so that is the page.
 */
export function bundleReport(dist: string): BundleReport {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;
  const initial = new Set<string>();
  const visit = (key: string) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    visit(key);
    for (const started of chunk.dynamicImports ?? []) visit(started);
  }
  const files = [...initial].map((key) => manifest[key] as ManifestChunk);
  const js = new Set(files.map((chunk) => chunk.file).filter((file) => file.endsWith(".js")));
  const css = new Set(files.flatMap((chunk) => chunk.css ?? []));
  const lazyChunks = Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => file.endsWith(".js") && !js.has(file))
    .map((file) => ({ file, gzip: gzip(join(dist, file)) }))
    .sort((a, b) => b.gzip - a.gzip);
  return {
    initialJs: [...js].reduce((sum, file) => sum + gzip(join(dist, file)), 0),
    initialCss: [...css].reduce((sum, file) => sum + gzip(join(dist, file)), 0),
    lazyChunks,
  };
}
