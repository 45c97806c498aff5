import { Button } from "@mantine/core";
import { deferred, type StandInProps } from "../../components/deferred";
import { useTranslation } from "../../lib/i18n/use-translation";

function StandIn({ onOpen }: StandInProps) {
  const { t } = useTranslation("savedViews");
  return (
    <Button variant="default" size="sm" onClick={onOpen} aria-expanded={false}>
      {t("button")}
    </Button>
  );
}

/** The header's "Saved views" button; its menu's code loads after the first paint. */
export const SavedViewsButton = deferred(() => import("./saved-views-menu"), StandIn);
