/** Chart colours from the Mantine theme, so they follow light and dark mode. */
export const BAR_COLOR = "indigo.6";
export const ACADEMIA_COLOR = "indigo.6";
export const INDUSTRY_COLOR = "orange.6";

const SERIES_COLORS = [
  "indigo.6",
  "teal.6",
  "orange.6",
  "grape.6",
  "cyan.7",
  "pink.6",
  "lime.7",
  "blue.6",
  "red.7",
  "violet.5",
  "green.7",
  "yellow.7",
];

/** One colour per chapter, fixed by the chapter's position, so a chapter looks the same in every chart. */
export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? "gray.6";
}

/** A theme colour such as `indigo.6` as its CSS variable, for drawings outside the chart library. */
export function cssColor(color: string): string {
  return `var(--mantine-color-${color.replace(".", "-")})`;
}
