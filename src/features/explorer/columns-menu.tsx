import { Button, Checkbox, Popover, Stack } from "@mantine/core";
import type { DeferredProps } from "../../components/deferred";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useSteppedAside } from "./column-layout";
import { useColumnSettings } from "./column-settings-store";
import { HIDEABLE_COLUMNS } from "./paper-columns";

/** Which columns the table shows, remembered on this device; one that steps aside for now says why. */
export default function ColumnsMenu({ initiallyOpen = false }: DeferredProps) {
  const { t } = useTranslation("explorer");
  const visibility = useColumnSettings((state) => state.visibility);
  const setVisibility = useColumnSettings((state) => state.setVisibility);
  const aside = useSteppedAside();
  return (
    <Popover position="bottom-end" shadow="md" trapFocus defaultOpened={initiallyOpen}>
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
              description={visibility[id] !== false && aside[id] ? t(`columns.aside.${aside[id]}`) : undefined}
              onChange={(event) => setVisibility({ ...visibility, [id]: event.currentTarget.checked })}
            />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
