import { Button } from "@mantine/core";
import { IconBooks } from "@tabler/icons-react";
import { deferred, type StandInProps } from "../../components/deferred";
import { useTranslation } from "../../lib/i18n/use-translation";

// The label is a common string: the library's own strings load with its menu.
function StandIn({ onOpen }: StandInProps) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="sm"
      leftSection={<IconBooks size={16} aria-hidden="true" />}
      onClick={onOpen}
      aria-expanded={false}
    >
      {t("libraryButton")}
    </Button>
  );
}

/** The header's "Library" button; its menu's code loads after the first paint. */
export const LibraryButton = deferred(() => import("./library-menu"), StandIn);
