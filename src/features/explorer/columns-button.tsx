import { Button } from "@mantine/core";
import { deferred, type StandInProps } from "../../components/deferred";
import { useTranslation } from "../../lib/i18n/use-translation";

function StandIn({ onOpen }: StandInProps) {
  const { t } = useTranslation("explorer");
  return (
    <Button variant="default" size="compact-sm" onClick={onOpen}>
      {t("columns.menu")}
    </Button>
  );
}

/** "Columns"; its menu's code loads after the first paint. */
export const ColumnsButton = deferred(() => import("./columns-menu"), StandIn);
