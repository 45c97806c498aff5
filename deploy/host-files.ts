import type { Plugin } from "vite";
import { SECURITY_HEADERS, SECURITY_META_TAGS, SPA_FALLBACK } from "./security-headers.ts";

const headerLines = (format: (name: string, value: string) => string) =>
  Object.entries(SECURITY_HEADERS).map(([name, value]) => format(name, value));

/** `_headers` for Netlify and Cloudflare Pages. */
export function headersFile(base: string): string {
  return [`${base}*`, ...headerLines((name, value) => `  ${name}: ${value}`)].join("\n").concat("\n");
}

/** `_redirects` for Netlify: unknown paths under the base get the app, with status 200. */
export function redirectsFile(base: string): string {
  return `${base}* ${base}${SPA_FALLBACK} 200\n`;
}

/** An nginx `location` block for a `server` whose `root` holds the contents of dist/ at the base path. */
export function nginxSnippet(base: string): string {
  return [
    `location ${base} {`,
    `    try_files $uri ${base}${SPA_FALLBACK};`,
    ...headerLines((name, value) => `    add_header ${name} "${value}" always;`),
    "}",
  ]
    .join("\n")
    .concat("\n");
}

/**
 * What a static host needs beside the app: `_headers`, `_redirects`, a 404.html that is the app
 * (GitHub Pages answers unknown paths with it), and `.nojekyll` (GitHub Pages would otherwise drop
 * files whose names start with "_", as some chunks' do).
 */
export function hostFileAssets(base: string, indexHtml: string | Uint8Array): Record<string, string | Uint8Array> {
  return {
    "404.html": indexHtml,
    _headers: headersFile(base),
    _redirects: redirectsFile(base),
    ".nojekyll": "",
  };
}

/** Writes the host files and puts the header stand-ins and the build's version into index.html. */
export function hostFiles(base: string, version: string): Plugin {
  return {
    name: "host-files",
    apply: "build",
    enforce: "post",
    transformIndexHtml: () => [
      ...SECURITY_META_TAGS.map(({ attrs }) => ({ tag: "meta", attrs, injectTo: "head-prepend" as const })),
      // Which build a page came from: for support, and how a test tells two deploys apart.
      { tag: "meta", attrs: { name: "version", content: version }, injectTo: "head" },
    ],
    generateBundle: {
      // After Vite has put index.html into the bundle.
      order: "post",
      handler(_, bundle) {
        const index = bundle["index.html"];
        if (index?.type !== "asset") throw new Error("host-files: the build produced no index.html");
        for (const [fileName, source] of Object.entries(hostFileAssets(base, index.source)))
          this.emitFile({ type: "asset", fileName, source });
      },
    },
  };
}
