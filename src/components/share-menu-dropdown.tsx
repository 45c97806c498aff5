import { Button, Menu } from "@mantine/core";
import { IconLink, IconQrcode, IconShare } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "../lib/i18n/use-translation";
import { shareLink } from "../lib/view/share-link";
import { canShareNatively } from "./clipboard";
import type { DeferredProps } from "./deferred";
import type { ShareMenuProps } from "./share-menu";
import { useCopyLink } from "./use-copy-link";

const ShareDialog = lazy(() => import("./share-dialog").then((module) => ({ default: module.ShareDialog })));

/**
 * "Share": copy the page's canonical link (with a confirmation), hand it to the device's share
 * sheet where there is one, or show it as a QR code for a phone.
 */
export default function ShareMenuDropdown({ shared, label, initiallyOpen = false }: ShareMenuProps & DeferredProps) {
  const { t } = useTranslation();
  const [dialogLink, setDialogLink] = useState<string | null>(null);
  const copyLink = useCopyLink();
  const link = () => shareLink(shared(), window.location.origin);

  const copy = async (url: string) => {
    // Copying can be refused (permissions, an insecure page): the dialog shows the link to copy by hand.
    if (!(await copyLink(url))) setDialogLink(url);
  };
  const shareNatively = async () => {
    try {
      await navigator.share({ title: document.title, url: link() });
    } catch {
      // Closing the share sheet rejects too; there is nothing to tell the reader.
    }
  };

  return (
    <>
      <Menu position="bottom-end" defaultOpened={initiallyOpen}>
        <Menu.Target>
          <Button variant="default" size="compact-sm" leftSection={<IconShare size={16} aria-hidden="true" />}>
            {label ?? t("share.button")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t("share.describe")}</Menu.Label>
          <Menu.Item leftSection={<IconLink size={16} aria-hidden="true" />} onClick={() => void copy(link())}>
            {t("share.copyLink")}
          </Menu.Item>
          {canShareNatively() && (
            <Menu.Item leftSection={<IconShare size={16} aria-hidden="true" />} onClick={() => void shareNatively()}>
              {t("share.native")}
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconQrcode size={16} aria-hidden="true" />} onClick={() => setDialogLink(link())}>
            {t("share.qr")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {dialogLink !== null && (
        <Suspense fallback={null}>
          <ShareDialog link={dialogLink} onCopy={(url) => void copy(url)} onClose={() => setDialogLink(null)} />
        </Suspense>
      )}
    </>
  );
}
