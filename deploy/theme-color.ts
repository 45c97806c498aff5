/**
 * The theme's primary colour as the light scheme shows it: the installed app's title bar. Loaded
 * only by builds: Mantine takes about a second to load, which `vite` and the unit tests need not pay.
 */
export async function themeColor(): Promise<string> {
  const [{ DEFAULT_THEME, getPrimaryShade, mergeMantineTheme }, { theme }] = await Promise.all([
    import("@mantine/core"),
    import("../src/app/theme.ts"),
  ]);
  const mantine = mergeMantineTheme(DEFAULT_THEME, theme);
  const color = mantine.colors[mantine.primaryColor]?.[getPrimaryShade(mantine, "light")];
  if (!color) throw new Error(`The theme's primary colour “${mantine.primaryColor}” is not in its palette`);
  return color;
}
