import { Group, Text } from "@mantine/core";
import { cssColor } from "./chart-colors";
import classes from "./chart-legend.module.css";

/** A legend in the order given (the chart library's own follows its drawing order). */
export function ChartLegend({ items }: { items: { key: string; label: string; color: string }[] }) {
  return (
    <Group gap="md" mt="xs">
      {items.map((item) => (
        <Text key={item.key} size="xs" span>
          <span className={classes.swatch} style={{ background: cssColor(item.color) }} />
          {item.label}
        </Text>
      ))}
    </Group>
  );
}
