import { Anchor, Button, Text, VisuallyHidden } from "@mantine/core";
import { useId, useState } from "react";
import type { Paper } from "../lib/dataset/schema";
import { useTranslation } from "../lib/i18n/use-translation";
import { ExternalLink } from "./external-link";
import { useAuthorLine } from "./use-author-line";

/** How many names show before "et al.". */
export const SHOWN_AUTHORS = 3;

/**
 * A paper's authors: the first three and "et al.", a button to show them all, and where the list
 * was confirmed, as a small link.
 */
export function AuthorList({ paper }: { paper: Pick<Paper, "authors" | "authorsSource"> }) {
  const { t } = useTranslation();
  const authorLine = useAuthorLine();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const { authors, authorsSource: source } = paper;
  if (authors.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("authors.none")}
      </Text>
    );
  }
  const folds = authors.length > SHOWN_AUTHORS;
  const names = authorLine(authors, expanded ? authors.length : SHOWN_AUTHORS);
  return (
    <div>
      <Text size="sm" id={listId}>
        {names}
      </Text>
      {folds && (
        <Button
          variant="subtle"
          size="compact-xs"
          px={0}
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((shown) => !shown)}
        >
          {expanded ? t("authors.showFewer") : t("authors.showAll", { count: authors.length })}
        </Button>
      )}
      {source && (
        <Text size="xs" c="dimmed">
          <Anchor component={ExternalLink} href={source.url} inherit c="dimmed" underline="always" title={source.note}>
            {t("authors.source", { source: t(`authors.sources.${source.kind}`) })}
            <VisuallyHidden>{` ${t("newTab")}`}</VisuallyHidden>
          </Anchor>
        </Text>
      )}
    </div>
  );
}
