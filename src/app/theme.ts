import { type CSSVariablesResolver, createTheme } from "@mantine/core";

export const theme = createTheme({
  // Shade 8 keeps white text on the primary colour above WCAG AA contrast (shade 6 is ~3.6:1).
  primaryColor: "indigo",
  primaryShade: { light: 8, dark: 8 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  defaultRadius: "sm",
});

/** Mantine's default "dimmed" grey is below WCAG AA contrast (≈3.3:1 on white); these pass. */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: { "--mantine-color-dimmed": current.colors.gray[7] ?? "#495057" },
  dark: { "--mantine-color-dimmed": current.colors.dark[1] ?? "#b8b8b8" },
});
