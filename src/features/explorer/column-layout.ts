import { useMediaQuery } from "@mantine/hooks";
import { useMemo } from "react";
import { useNarrowScreen } from "../../components/use-narrow-screen";
import { usePaperOpen } from "../../components/use-open-paper";
import { useView } from "../../lib/view/use-view";
import type { ColumnId } from "./paper-cells";

/** Why a column the reader has turned on is not shown now. */
export type SteppedAside = "narrow" | "pane" | "grouped";

// Below this width the default columns leave the paper's name about 40 px (at 1280 px): kind and
// the months step aside first, as they do beside the pane, which shows them.
const ROOMY = "(min-width: 87.5em)";
const ASIDE_UNLESS_ROOMY: readonly ColumnId[] = ["kind", "published", "digest"];
// With a paper open beside it the table is narrow: these step aside (the pane shows them).
const ASIDE_BESIDE_PANE: readonly ColumnId[] = ["modalities", "kind", "published", "digest", "status"];
// Grouped by chapter, each chapter's heading already names it.
const ASIDE_GROUPED: readonly ColumnId[] = ["chapter"];

/**
 * The columns that step aside now, and why: the table hides them and the column menu says so.
 * The column the view is sorted by stays, so its header shows the order and can change it.
 */
export function useSteppedAside(): Partial<Record<ColumnId, SteppedAside>> {
  const roomy = useMediaQuery(ROOMY, true, { getInitialValueInEffect: false });
  const paneOpen = usePaperOpen();
  const narrow = useNarrowScreen();
  const grouped = useView((view) => view.group === "chapter");
  const sortedBy = useView((view) => view.sort?.key ?? null);
  return useMemo(() => {
    const aside: Partial<Record<ColumnId, SteppedAside>> = {};
    const stepAside = (columns: readonly ColumnId[], reason: SteppedAside) => {
      for (const column of columns) if (column !== sortedBy) aside[column] ??= reason;
    };
    if (grouped) stepAside(ASIDE_GROUPED, "grouped");
    if (paneOpen || narrow) stepAside(ASIDE_BESIDE_PANE, "pane");
    if (!roomy) stepAside(ASIDE_UNLESS_ROOMY, "narrow");
    return aside;
  }, [roomy, paneOpen, narrow, grouped, sortedBy]);
}
