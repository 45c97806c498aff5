// citation-js ships no type declarations; these cover the part of its API the app and tests use.
declare module "@citation-js/core" {
  export interface BibliographyOptions {
    format?: "text" | "html";
    /** A CSL style registered with the CSL plugin: `apa`, `vancouver`, `harvard1`. */
    template?: string;
    lang?: string;
  }

  export class Cite {
    /** Reads any input format a loaded plugin knows (CSL-JSON, RIS, BibTeX…). */
    constructor(data: unknown);
    /** The items as CSL-JSON. */
    data: unknown[];
    format(format: "bibliography", options?: BibliographyOptions): string;
  }
}

declare module "@citation-js/plugin-csl" {}
declare module "@citation-js/plugin-ris" {}
