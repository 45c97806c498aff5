import { ActionBar, Button, CloseButton, getDefaultZIndex, Text } from "@mantine/core";
import { useRouterState } from "@tanstack/react-router";
import { lazy, memo, Suspense } from "react";
import { ButtonLink } from "../../components/button-link";
import { focusWhenRendered } from "../../components/focus-when-rendered";
import { useNarrowScreen } from "../../components/use-narrow-screen";
import { usePaperOpen } from "../../components/use-open-paper";
import { MAX_COMPARE, useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { useTranslation } from "../../lib/i18n/use-translation";
import classes from "./compare-tray.module.css";

// Loaded when the tray first opens: the menus are not needed by pages where nothing is picked.
const TrayActions = lazy(() => import("./tray-actions").then((module) => ({ default: module.TrayActions })));

const chipRemoveSelector = (id: string) => `[data-tray-remove="${id}"]`;

/**
 * The papers picked while browsing (table checkboxes, "Add to compare"), floating at the bottom of
 * every page but the comparison itself, which shows them in full.
 */
function CompareTrayBar() {
  const { t } = useTranslation("compare");
  const ids = useCompareTray((state) => state.ids);
  const remove = useCompareTray((state) => state.remove);
  const clear = useCompareTray((state) => state.clear);
  const indexes = useDatasetStore((state) => state.loaded?.indexes);
  const papers = useDatasetStore((state) => state.loaded?.dataset.papers);
  // A narrow subscription: the tray re-renders when the page changes, not on every URL change.
  const onComparePage = useRouterState({ select: (state) => state.matches.some((m) => m.routeId === "/compare") });
  // A paper open beside the table: the tray centres under the table, clear of the pane's links.
  const paperOpen = usePaperOpen();
  const narrow = useNarrowScreen();
  const besidePane = paperOpen && !narrow;
  const paperOf = (id: string) => {
    const index = indexes?.paperIndexById.get(id);
    return index === undefined ? undefined : papers?.[index];
  };
  // Ids saved from another dataset have no paper here; they show as ids and can be removed.
  const nameOf = (id: string) => paperOf(id)?.name ?? id;
  const picked = () => ids.map(paperOf).filter((paper) => paper !== undefined);

  const removeChip = (id: string) => {
    const at = ids.indexOf(id);
    const rest = ids.filter((x) => x !== id);
    remove(id);
    // Keep keyboard focus in the tray: the next chip, else the previous one.
    const neighbour = rest[at] ?? rest[at - 1];
    if (neighbour) focusWhenRendered([chipRemoveSelector(neighbour)]);
  };

  return (
    // A labelled region, so the floating tray is a landmark rather than loose content in a portal.
    <ActionBar
      opened={ids.length > 0 && !onComparePage}
      role="region"
      aria-label={t("tray.label")}
      shadow="md"
      px="sm"
      position={{ bottom: 30, left: 0, right: besidePane ? "calc(var(--detail-pane-width) + 2rem)" : 0 }}
      maw="calc(100% - 2rem)"
      // Below drawers and dialogs (the navigation drawer on a phone), above the page.
      zIndex={getDefaultZIndex("app")}
      className={classes.bar}
      data-compact={narrow || besidePane || undefined}
    >
      <Text size="sm" fw={600} className={classes.heading}>
        {t("tray.heading", { count: ids.length, max: MAX_COMPARE })}
      </Text>
      <ul className={classes.chips}>
        {ids.map((id) => {
          const name = nameOf(id);
          return (
            <li key={id} className={classes.chip}>
              <span className={classes.chipName} title={name}>
                {name}
              </span>
              <CloseButton
                size="sm"
                radius="xl"
                aria-label={t("tray.remove", { name })}
                data-tray-remove={id}
                onClick={() => removeChip(id)}
              />
            </li>
          );
        })}
      </ul>
      <ActionBar.Divider className={classes.divider} />
      <Button variant="subtle" size="compact-sm" onClick={clear}>
        {t("tray.clear")}
      </Button>
      <ButtonLink
        to="/compare"
        search={(prev) => ({ ...prev, ids })}
        size="compact-sm"
        disabled={ids.length < 2}
        title={ids.length < 2 ? t("tray.needMore") : undefined}
      >
        {t("tray.compare", { count: ids.length })}
      </ButtonLink>
      <Suspense fallback={null}>
        <TrayActions ids={ids} papers={picked} />
      </Suspense>
    </ActionBar>
  );
}

export default memo(CompareTrayBar);
