/** The export formats, apart from their formatters, so menus can list them without loading any. */
export const PAPER_FORMATS = ["csv", "json", "bibtex", "ris", "csl", "markdown"] as const;
export type PaperFormat = (typeof PAPER_FORMATS)[number];
export const COMPARISON_FORMATS = ["markdown", "csv"] as const satisfies readonly PaperFormat[];
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];
