import { Button, Checkbox, Menu, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { memo, type ReactNode, useCallback, useLayoutEffect, useRef, useState } from "react";
import type { PaperFormat } from "../lib/export/formats";
import { useTranslation } from "../lib/i18n/use-translation";
import type { DeferredProps } from "./deferred";

export interface FormatMenuProps<F extends PaperFormat> {
  label: string;
  /** Says what will be exported, above the formats (read while the menu is open). */
  describe: () => string;
  formats: readonly F[];
  disabled: boolean;
  failed: boolean;
  onPick: (format: F) => void;
  /** An option above the formats, such as "include my library", with a note under it. */
  option?: { label: string; note: string; checked: boolean; onChange: (checked: boolean) => void };
}

/** What the menu itself shows: plain values and callbacks that never change, so `memo` can compare them all. */
interface FormatMenuViewProps<F extends PaperFormat> {
  label: string;
  description: string;
  formats: readonly F[];
  disabled: boolean;
  failed: boolean;
  opened: boolean;
  onOpenedChange: (opened: boolean) => void;
  onPick: (format: F) => void;
  /** The option's parts, flat so that they compare by value; no label, no option. */
  optionLabel?: string;
  optionNote?: string;
  optionChecked?: boolean;
  onOptionChange: (checked: boolean) => void;
}

// Memoised because the explorer's toolbar renders on every keystroke and filter, and a closed menu
// shows none of what changes then. Every prop is compared: a comparator that skipped the callbacks
// once left the menu exporting the papers of its first render.
const FormatMenuView = memo(function FormatMenuView<F extends PaperFormat>({
  label,
  description,
  formats,
  disabled,
  failed,
  opened,
  onOpenedChange,
  onPick,
  optionLabel,
  optionNote,
  optionChecked,
  onOptionChange,
}: FormatMenuViewProps<F>) {
  const { t } = useTranslation("export");
  return (
    <>
      <Menu position="bottom-end" opened={opened} onChange={onOpenedChange}>
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
          <Menu.Label>{description}</Menu.Label>
          {optionLabel !== undefined && (
            <>
              {/* A real checkbox (a menu item cannot be one in Mantine): reached with Tab, the formats with the arrows. */}
              <Checkbox
                px="sm"
                py={6}
                size="xs"
                label={optionLabel}
                checked={optionChecked}
                onChange={(event) => onOptionChange(event.currentTarget.checked)}
              />
              <Menu.Label maw={280}>{optionNote}</Menu.Label>
              <Menu.Divider />
            </>
          )}
          {formats.map((format) => (
            <Menu.Item key={format} onClick={() => onPick(format)}>
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
}) as <F extends PaperFormat>(props: FormatMenuViewProps<F>) => ReactNode;

/**
 * A download button whose menu lists file formats. While the menu is open it says what the page
 * shows now; closed, it re-renders only when the button changes. A pick exports what the page
 * shows at that moment.
 */
export default function FormatMenuDropdown<F extends PaperFormat>({
  initiallyOpen = false,
  ...props
}: FormatMenuProps<F> & DeferredProps) {
  const [menu, setMenu] = useState({ opened: initiallyOpen, description: "" });
  // The callbacks handed to the menu stay the same; they call the props of the last committed render.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  // Closing keeps the last description, so the menu does not go blank while it fades out.
  const onOpenedChange = useCallback(
    (opened: boolean) => setMenu({ opened, description: latest.current.describe() }),
    [],
  );
  const onPick = useCallback((format: F) => latest.current.onPick(format), []);
  const onOptionChange = useCallback((checked: boolean) => latest.current.option?.onChange(checked), []);
  const { option } = props;
  return (
    <FormatMenuView
      label={props.label}
      description={menu.opened ? props.describe() : menu.description}
      formats={props.formats}
      disabled={props.disabled}
      failed={props.failed}
      opened={menu.opened}
      onOpenedChange={onOpenedChange}
      onPick={onPick}
      optionLabel={option?.label}
      optionNote={option?.note}
      optionChecked={option?.checked}
      onOptionChange={onOptionChange}
    />
  );
}
