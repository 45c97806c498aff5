import { Button, Group, Switch } from "@mantine/core";
import { memo } from "react";
import { ButtonLink } from "../../components/button-link";
import { ShareMenu } from "../../components/share-menu";
import { useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useReadView } from "../../lib/view/share-link";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { ColumnsButton } from "./columns-button";
import { DensityToggle } from "./density-toggle";

/** Memoised, and subscribed to the one URL value it shows, so filtering does not re-render it. */
export const TableToolbar = memo(function TableToolbar() {
  const { t } = useTranslation("explorer");
  const grouped = useView((view) => view.group === "chapter");
  const updateView = useUpdateView();
  const trayIds = useCompareTray((state) => state.ids);
  const clearTray = useCompareTray((state) => state.clear);
  const readView = useReadView();

  return (
    <Group gap="sm">
      <Switch
        size="sm"
        label={t("group")}
        checked={grouped}
        onChange={(event) => {
          const group = event.currentTarget.checked ? "chapter" : null;
          updateView((view) => ({ ...view, group }));
        }}
      />
      <ColumnsButton />
      <DensityToggle />
      {trayIds.length > 0 && (
        <Button variant="subtle" size="compact-sm" onClick={clearTray}>
          {t("clearSelection")}
        </Button>
      )}
      <ButtonLink
        to="/compare"
        search={{ ids: trayIds }}
        size="compact-sm"
        disabled={trayIds.length < 2}
        title={trayIds.length < 2 ? t("compareHint") : undefined}
      >
        {t("compare", { count: trayIds.length })}
      </ButtonLink>
      <ShareMenu shared={() => ({ page: "explorer", view: readView() })} />
    </Group>
  );
});
