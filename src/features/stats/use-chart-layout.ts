import { useMediaQuery } from "@mantine/hooks";

/** Axis label room: narrower on a phone so the bars keep most of the width. */
export function useChartLayout(): { axisWidth: number; labelChars: number; narrow: boolean } {
  const narrow = useMediaQuery("(max-width: 40em)", false, { getInitialValueInEffect: false }) ?? false;
  return narrow ? { axisWidth: 112, labelChars: 12, narrow } : { axisWidth: 210, labelChars: 23, narrow };
}
