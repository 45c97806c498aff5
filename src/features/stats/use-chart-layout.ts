import { useMediaQuery } from "@mantine/hooks";
import { truncateLabel } from "./truncate-label";

/**
 * Axis label room: narrower on a phone so the bars keep most of the width. Labels wrap onto two
 * lines and are shortened only beyond that; the numbers table has them in full.
 */
export function useChartLayout() {
  const narrow = useMediaQuery("(max-width: 40em)", false, { getInitialValueInEffect: false }) ?? false;
  const width = narrow ? 124 : 210;
  const lineChars = narrow ? 17 : 28;
  return {
    narrow,
    yAxisProps: {
      width,
      tick: { transform: "translate(-10, 0)", fontSize: 12, fill: "currentColor", maxLines: 2 },
      tickFormatter: (label: string) => truncateLabel(label, 2 * lineChars),
    },
  };
}
