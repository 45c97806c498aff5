import { Button, Checkbox, Group, Popover, Stack, Switch } from "@mantine/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/button-link";
import { ShareMenu } from "../../components/share-menu";
import { useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import { useReadView } from "../../lib/view/share-link";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { useColumnSettings } from "./column-settings-store";
import { HIDEABLE_COLUMNS } from "./paper-columns";

/** Memoised, and subscribed to the one URL value it shows, so filtering does not re-render it. */
export const TableToolbar = memo(function TableToolbar() {
  const { t } = useTranslation("explorer");
  const grouped = useView((view) => view.group === "chapter");
  const updateView = useUpdateView();
  const visibility = useColumnSettings((state) => state.visibility);
  const setVisibility = useColumnSettings((state) => state.setVisibility);
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
      <Popover position="bottom-end" shadow="md" trapFocus>
        <Popover.Target>
          <Button variant="default" size="compact-sm">
            {t("columns.menu")}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" role="group" aria-label={t("columns.menu")}>
            {HIDEABLE_COLUMNS.map((id) => (
              <Checkbox
                key={id}
                size="xs"
                label={t(`columns.${id}`)}
                checked={visibility[id] !== false}
                onChange={(event) => setVisibility({ ...visibility, [id]: event.currentTarget.checked })}
              />
            ))}
          </Stack>
        </Popover.Dropdown>
      </Popover>
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
