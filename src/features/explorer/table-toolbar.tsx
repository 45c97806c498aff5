import { Button, Group, Menu, Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/button-link";
import { useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import { useUpdateViewSearch, useViewSearch } from "../../lib/view-search/use-view-search";
import { type ColumnId, HIDEABLE_COLUMNS } from "./paper-columns";
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
      <Menu closeOnItemClick={false} position="bottom-end">
        <Menu.Target>
          <Button variant="default" size="compact-sm">
            {t("columns.menu")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {HIDEABLE_COLUMNS.map((id: ColumnId) => {
            const column = table.getColumn(id);
            if (!column) return null;
            const visible = column.getIsVisible();
            return (
              <Menu.Item
                key={id}
                role="menuitemcheckbox"
                aria-checked={visible}
                leftSection={<span aria-hidden="true">{visible ? "✓" : ""}</span>}
                onClick={() => column.toggleVisibility()}
              >
                {t(`columns.${id}`)}
              </Menu.Item>
            );
          })}
        </Menu.Dropdown>
      </Menu>
      {trayIds.length > 0 && (
        <Button variant="subtle" size="compact-sm" onClick={clearTray}>
          {t("clearSelection")}
        </Button>
      )}
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
