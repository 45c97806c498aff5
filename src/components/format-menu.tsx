import { Button } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { PaperFormat } from "../lib/export/formats";
import { deferred, type StandInProps } from "./deferred";
import type { FormatMenuProps } from "./format-menu-dropdown";

function StandIn({ label, disabled, onOpen }: FormatMenuProps<PaperFormat> & StandInProps) {
  return (
    <Button
      variant="default"
      size="compact-sm"
      leftSection={<IconDownload size={16} aria-hidden="true" />}
      disabled={disabled}
      onClick={onOpen}
    >
      {label}
    </Button>
  );
}

/** A download button whose menu lists file formats; the menu's code loads after the first paint. */
export const FormatMenu = deferred(() => import("./format-menu-dropdown"), StandIn) as <F extends PaperFormat>(
  props: FormatMenuProps<F>,
) => ReactNode;
