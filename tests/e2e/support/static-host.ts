import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/** The host reads these; it does not serve them. */
const HOST_FILES = new Set(["_headers", "_redirects"]);

interface Rule {
  matches: (path: string) => boolean;
  target: string;
}

/** A Netlify path pattern: literal, with `*` standing for the rest of the path. */
function pattern(source: string): (path: string) => boolean {
  const escaped = source.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  const regex = new RegExp(`^${escaped}$`);
  return (path) => regex.test(path);
}

function readLines(file: string): string[] {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n") : [];
}

/** `_headers`: a path pattern, then its headers indented below it. */
function readHeaders(dir: string): { matches: (path: string) => boolean; headers: [string, string][] }[] {
  const blocks: { matches: (path: string) => boolean; headers: [string, string][] }[] = [];
  for (const line of readLines(join(dir, "_headers"))) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) blocks.push({ matches: pattern(line.trim()), headers: [] });
    else {
      const colon = line.indexOf(":");
      blocks.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return blocks;
}

/** `_redirects`: `from to 200` rewrites, applied (as Netlify does) only where no file matches. */
function readRewrites(dir: string): Rule[] {
  return readLines(join(dir, "_redirects")).flatMap((line) => {
    const [from, to, status] = line.trim().split(/\s+/);
    return from && to && status === "200" && !from.startsWith("#") ? [{ matches: pattern(from), target: to }] : [];
  });
}

export interface StaticHost {
  /** Origin and prefix, without a trailing slash: `http://127.0.0.1:1234/paper-explorer`. */
  url: string;
  origin: string;
  /** Serves another build from now on, as a deploy would. */
  serve: (dir: string) => void;
  close: () => Promise<void>;
}

export interface StaticHostOptions {
  /** The path the folder is served under, with leading and trailing slashes. */
  prefix?: string;
  /** Netlify reads `_headers` and `_redirects`; GitHub Pages reads neither and only has 404.html. */
  kind?: "netlify" | "github-pages";
}

/**
 * A static host for built folders: files under `prefix`, then (Netlify) the folder's `_headers` and
 * `_redirects`, then 404.html with status 404. Stands in for real hosts in the tests of sub-path
 * hosting, headers and service-worker updates.
 */
export async function startStaticHost(
  dir: string,
  { prefix = "/", kind = "netlify" }: StaticHostOptions = {},
): Promise<StaticHost> {
  let root = resolve(dir);
  const readHostFiles = () => ({
    headers: kind === "netlify" ? readHeaders(root) : [],
    rewrites: kind === "netlify" ? readRewrites(root) : [],
  });
  let { headers, rewrites } = readHostFiles();

  const fileFor = (urlPath: string): string | null => {
    if (!urlPath.startsWith(prefix)) return null;
    const relative = decodeURIComponent(urlPath.slice(prefix.length));
    if (HOST_FILES.has(relative)) return null;
    const file = resolve(root, relative);
    if (file !== root && !file.startsWith(root + sep)) return null;
    const candidate = existsSync(file) && statSync(file).isDirectory() ? join(file, "index.html") : file;
    return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://host").pathname;
    const rewrite = rewrites.find((rule) => rule.matches(path));
    const file = fileFor(path) ?? (rewrite ? fileFor(rewrite.target) : null);
    const notFound = file ? null : fileFor(`${prefix}404.html`);
    for (const block of headers) {
      if (block.matches(path)) for (const [name, value] of block.headers) response.setHeader(name, value);
    }
    response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
    const served = file ?? notFound;
    if (!served) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    response.writeHead(file ? 200 : 404, {
      "Content-Type": CONTENT_TYPES[extname(served)] ?? "application/octet-stream",
    });
    response.end(request.method === "HEAD" ? undefined : readFileSync(served));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: origin + prefix.replace(/\/$/, ""),
    serve(next) {
      root = resolve(next);
      ({ headers, rewrites } = readHostFiles());
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
