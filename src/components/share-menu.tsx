import { Button } from "@mantine/core";
import { IconShare } from "@tabler/icons-react";
import { useTranslation } from "../lib/i18n/use-translation";
import type { SharedPage } from "../lib/view/share-link";
import { deferred, type StandInProps } from "./deferred";

export interface ShareMenuProps {
  /** The page to share, read when the menu is used, so the button need not follow every change. */
  shared: () => SharedPage;
  label?: string;
}

function StandIn({ label, onOpen }: ShareMenuProps & StandInProps) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="compact-sm"
      leftSection={<IconShare size={16} aria-hidden="true" />}
      onClick={onOpen}
    >
      {label ?? t("share.button")}
    </Button>
  );
}

/** The Share button; its menu's code loads right after the first paint. */
export const ShareMenu = deferred(() => import("./share-menu-dropdown"), StandIn);
