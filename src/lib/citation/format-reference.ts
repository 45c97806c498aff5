import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import type { CslItem } from "../export/papers-csl";

/**
 * Formatted references (APA) through citation-js and its CSL processor (citeproc-js). Loaded on
 * first use: the processor and its styles are large, and most visits never cite anything. It works
 * from the items given and reaches no network (the APA style and the en-US locale ship with it).
 */
export function formatReferences(items: readonly CslItem[]): string {
  // References keep English terms ("et al.", "Retrieved from"): the titles and names they cite are English.
  return new Cite([...items]).format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim();
}
