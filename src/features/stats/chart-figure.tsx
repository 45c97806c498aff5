import { Button, Paper, Text, Title } from "@mantine/core";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "../../lib/i18n/use-translation";
import classes from "./stats.module.css";
import "./i18n";

interface ChartFigureProps {
  title: string;
  description?: string;
  /** The numbers behind the drawing: visible and interactive when `shown`, for screen readers only otherwise. */
  numbers: (shown: boolean) => ReactNode;
  /** A drawing with its own keyboard access stays in the accessibility tree. */
  interactive?: boolean;
  children: ReactNode;
}

/**
 * A chart as a figure with a heading. The drawing is for the eyes only; its numbers are a table,
 * read by screen readers and, once shown, a keyboard way to open each bar's papers.
 */
export function ChartFigure({ title, description, numbers, interactive = false, children }: ChartFigureProps) {
  const { t } = useTranslation("stats");
  const headingId = useId();
  const [showNumbers, setShowNumbers] = useState(false);
  return (
    <Paper component="figure" withBorder p="md" m={0} aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {title}
      </Title>
      {description && (
        <Text size="sm" className={classes.muted}>
          {description}
        </Text>
      )}
      {interactive ? children : <div aria-hidden="true">{children}</div>}
      {numbers(showNumbers)}
      <Button
        variant="subtle"
        size="compact-sm"
        mt="xs"
        aria-expanded={showNumbers}
        onClick={() => setShowNumbers((shown) => !shown)}
      >
        {showNumbers ? t("hideNumbers") : t("showNumbers")}
      </Button>
    </Paper>
  );
}
