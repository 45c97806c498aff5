import { Button, Checkbox, Group, Popover, Stack, Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/button-link";
import { ExportMenu } from "../../components/export-menu";
import { useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import { useUpdateViewSearch, useViewSearch } from "../../lib/view-search/use-view-search";
import { HIDEABLE_COLUMNS } from "./paper-columns";
import type { PapersTable } from "./use-papers-table";

export function TableToolbar({ table }: { table: PapersTable }) {
  const { t } = useTranslation("explorer");
  const search = useViewSearch();
  const updateSearch = useUpdateViewSearch();
  const trayIds = useCompareTray((state) => state.ids);
  const clearTray = useCompareTray((state) => state.clear);

  return (
    <Group gap="sm">
      <Switch
        size="sm"
        label={t("group")}
        checked={search.group === "chapter"}
        onChange={(event) => updateSearch({ group: event.currentTarget.checked ? "chapter" : undefined })}
      />
      <Popover position="bottom-end" shadow="md" trapFocus>
        <Popover.Target>
          <Button variant="default" size="compact-sm">
            {t("columns.menu")}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" role="group" aria-label={t("columns.menu")}>
            {HIDEABLE_COLUMNS.map((id) => {
              const column = table.getColumn(id);
              return column ? (
                <Checkbox
                  key={id}
                  size="xs"
                  label={t(`columns.${id}`)}
                  checked={column.getIsVisible()}
                  onChange={(event) => column.toggleVisibility(event.currentTarget.checked)}
                />
              ) : null;
            })}
          </Stack>
        </Popover.Dropdown>
      </Popover>
      {trayIds.length > 0 && (
        <Button variant="subtle" size="compact-sm" onClick={clearTray}>
          {t("clearSelection")}
        </Button>
      )}
      <ExportMenu papers={table.options.data} />
      <ButtonLink
        to="/compare"
        search={(prev) => ({ ...prev, ids: trayIds })}
        size="compact-sm"
        disabled={trayIds.length < 2}
        title={trayIds.length < 2 ? t("compareHint") : undefined}
      >
        {t("compare", { count: trayIds.length })}
      </ButtonLink>
    </Group>
  );
}
