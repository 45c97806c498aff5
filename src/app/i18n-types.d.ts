import type { LazyNamespaces, resources } from "./i18n";

// Every `t` call is checked against the English strings' keys (see src/lib/i18n/types.ts).
declare module "../lib/i18n/types" {
  interface Register {
    resources: (typeof resources)["en"] & LazyNamespaces;
  }
}
