import type { PluginOption } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { en } from "../src/components/i18n.ts";

/**
 * The service worker (Workbox, generated at build time) and the web manifest. The app shell, every
 * lazy chunk, the search worker and the bundled dataset are precached, so the app opens offline after
 * one visit; other datasets (`?dataset=`) are fetched network-first and kept as a fallback. A new
 * version waits until the reader chooses to reload (`registerType: "prompt"`), so one page never
 * mixes two builds. Paths in the manifest are relative to it, so they follow the base path.
 * `themeColor` is left out where nothing is built (`vite` dev server, unit tests).
 */
export function pwa(themeColor?: string): PluginOption[] {
  return [
    ...VitePWA({
      registerType: "prompt",
      injectRegister: false,
      manifest: {
        name: en.appName,
        short_name: "Papers",
        lang: "en",
        display: "standalone",
        theme_color: themeColor,
        background_color: "#ffffff",
        icons: [
          { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        // The manifest and its icons are added by the plugin.
        globPatterns: ["**/*.{html,js,css,json,svg}"],
        // 404.html is index.html again, for hosts without rewrites; the navigation fallback covers it.
        globIgnores: ["404.html"],
        // The first visit is served by the same build the worker precaches, so it may take over at once.
        clientsClaim: true,
        runtimeCaching: [
          {
            // What the app fetch()es itself: datasets named by ?dataset= (the bundled one is precached).
            urlPattern: ({ request, sameOrigin }) =>
              sameOrigin && request.destination === "" && request.method === "GET",
            handler: "NetworkFirst",
            options: {
              cacheName: "datasets",
              expiration: { maxEntries: 4 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
    themeColor !== undefined && {
      name: "theme-color",
      apply: "build",
      transformIndexHtml: () => [
        { tag: "meta", attrs: { name: "theme-color", content: themeColor }, injectTo: "head" },
      ],
    },
  ];
}
