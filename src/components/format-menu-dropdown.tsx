import { Button, Checkbox, Menu, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { memo, useRef } from "react";
import type { PaperFormat } from "../lib/export/formats";
import { useTranslation } from "../lib/i18n/use-translation";
import type { DeferredProps } from "./deferred";
import { ReadOnOpen } from "./read-on-open";

export interface FormatMenuProps<F extends PaperFormat> {
  label: string;
  /** Says what will be exported, above the formats (read when the menu opens). */
  describe: () => string;
  formats: readonly F[];
  disabled: boolean;
  failed: boolean;
  onPick: (format: F) => void;
  /** An option above the formats, such as "include my library", with a note under it. */
  option?: { label: string; note: string; checked: boolean; onChange: (checked: boolean) => void };
}

/**
 * A download button whose menu lists file formats. It re-renders only when what it shows closed
 * changes; what it exports and its description are read when they are needed.
 */
function FormatMenuView<F extends PaperFormat>({
  label,
  describe,
  formats,
  disabled,
  failed,
  onPick,
  option,
  initiallyOpen = false,
}: FormatMenuProps<F> & DeferredProps) {
  const { t } = useTranslation("export");
  const latest = useRef({ describe, onPick, option });
  latest.current = { describe, onPick, option };
  return (
    <>
      <Menu position="bottom-end" defaultOpened={initiallyOpen}>
        <Menu.Target>
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            disabled={disabled}
          >
            {label}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <ReadOnOpen read={() => latest.current.describe()} />
          </Menu.Label>
          {option && (
            <>
              {/* A real checkbox (a menu item cannot be one in Mantine): reached with Tab, the formats with the arrows. */}
              <Checkbox
                px="sm"
                py={6}
                size="xs"
                label={option.label}
                checked={option.checked}
                onChange={(event) => latest.current.option?.onChange(event.currentTarget.checked)}
              />
              <Menu.Label maw={280}>{option.note}</Menu.Label>
              <Menu.Divider />
            </>
          )}
          {formats.map((format) => (
            <Menu.Item key={format} onClick={() => latest.current.onPick(format)}>
              {t(`formats.${format}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {failed && (
        <Text size="sm" c="red" role="alert">
          {t("failed")}
        </Text>
      )}
    </>
  );
}

export default memo(
  FormatMenuView,
  (a, b) =>
    a.label === b.label &&
    a.formats === b.formats &&
    a.disabled === b.disabled &&
    a.failed === b.failed &&
    a.option?.checked === b.option?.checked &&
    a.option?.label === b.option?.label,
) as typeof FormatMenuView;
