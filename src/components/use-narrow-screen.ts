import { useMantineTheme } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";

/** Below Mantine's `md` breakpoint: navigation, filters and the detail pane take the whole width. */
export function useNarrowScreen(): boolean {
  const { breakpoints } = useMantineTheme();
  return useMediaQuery(`(max-width: ${breakpoints.md})`, false, { getInitialValueInEffect: false });
}
