import { Button, Center, Modal, Stack, Text, TextInput } from "@mantine/core";
import { IconCopy } from "@tabler/icons-react";
import { useTranslation } from "../lib/i18n/use-translation";
import { QrCode } from "./qr-code";

interface ShareDialogProps {
  link: string;
  onCopy: (link: string) => void;
  onClose: () => void;
}

/**
 * The link as a QR code for a phone, and as text to copy by hand when the clipboard is refused.
 * Loaded when first opened, with the QR encoder.
 */
export function ShareDialog({ link, onCopy, onClose }: ShareDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t("share.dialogTitle")} centered>
      <Stack gap="sm">
        <Center>
          <QrCode text={link} label={t("share.qrLabel")} />
        </Center>
        <Text size="sm">{t("share.scan")}</Text>
        <TextInput label={t("share.link")} value={link} readOnly onFocus={(event) => event.currentTarget.select()} />
        <Button variant="light" leftSection={<IconCopy size={16} aria-hidden="true" />} onClick={() => onCopy(link)}>
          {t("share.copyLink")}
        </Button>
      </Stack>
    </Modal>
  );
}
