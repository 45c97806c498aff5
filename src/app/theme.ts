import { createTheme } from "@mantine/core";

export const theme = createTheme({
  // Shade 8 keeps white text on the primary colour above WCAG AA contrast (shade 6 is ~3.6:1).
  primaryColor: "indigo",
  primaryShade: { light: 8, dark: 8 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  defaultRadius: "sm",
});
