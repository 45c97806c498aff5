import { DEFAULT_THEME, getPrimaryShade, mergeMantineTheme } from "@mantine/core";
import type { Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { theme } from "../src/app/theme.ts";
import { en } from "../src/components/i18n.ts";

const mantine = mergeMantineTheme(DEFAULT_THEME, theme);
/** The primary colour as the light scheme shows it: the installed app's title bar. */
export const THEME_COLOR = mantine.colors[mantine.primaryColor]?.[getPrimaryShade(mantine, "light")] ?? "#3b5bdb";

/**
 * The service worker (Workbox, generated at build time) and the web manifest. The app shell, every
 * lazy chunk, the search worker and the bundled dataset are precached, so the app opens offline after
 * one visit; other datasets (`?dataset=`) are fetched network-first and kept as a fallback. A new
 * version waits until the reader chooses to reload (`registerType: "prompt"`), so one page never
 * mixes two builds. Paths in the manifest are relative to it, so they follow the base path.
 */
export function pwa(): Plugin[] {
  return [
    ...VitePWA({
      registerType: "prompt",
      injectRegister: false,
      manifest: {
        name: en.appName,
        short_name: "Papers",
        lang: "en",
        display: "standalone",
        theme_color: THEME_COLOR,
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
    {
      name: "theme-color",
      apply: "build",
      transformIndexHtml: () => [
        { tag: "meta", attrs: { name: "theme-color", content: THEME_COLOR }, injectTo: "head" },
      ],
    },
  ];
}
