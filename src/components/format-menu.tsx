import { Button, Menu, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { PaperFormat } from "../lib/export/formats";

interface FormatMenuProps<F extends PaperFormat> {
  label: string;
  /** Says what will be exported, above the formats. */
  description: string;
  formats: readonly F[];
  disabled: boolean;
  failed: boolean;
  onPick: (format: F) => void;
}

/** A download button whose menu lists file formats. */
export function FormatMenu<F extends PaperFormat>({
  label,
  description,
  formats,
  disabled,
  failed,
  onPick,
}: FormatMenuProps<F>) {
  const { t } = useTranslation("export");
  return (
    <>
      <Menu position="bottom-end">
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
}
