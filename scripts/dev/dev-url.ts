import type { Plugin } from "vite";

/**
 * Whether `vite --open` can show the page: on Linux only with a graphical session. Elsewhere it
 * asks the system, which has a browser. With none, Vite's attempt fails without a word.
 */
export function canOpenBrowser(env: NodeJS.ProcessEnv = process.env, platform = process.platform): boolean {
  if (env.BROWSER === "none") return false;
  return platform !== "linux" || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** `npm start` on a machine without a browser (a server, a container) says where to open the app. */
export function devUrl(): Plugin {
  return {
    name: "paper-explorer-dev-url",
    apply: "serve",
    configureServer(server) {
      if (canOpenBrowser()) return;
      server.httpServer?.once("listening", () => {
        // After Vite's own banner, which prints the addresses once the server listens.
        setTimeout(() => {
          const url = server.resolvedUrls?.local[0];
          if (url) server.config.logger.info(`\n  No browser can be opened here: open ${url} in a browser.\n`);
        }, 0);
      });
    },
  };
}
