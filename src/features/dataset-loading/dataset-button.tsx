import { Button, Text } from "@mantine/core";
import { IconDatabase } from "@tabler/icons-react";
import { deferred, type StandInProps } from "../../components/deferred";
import { useTranslation } from "../../lib/i18n/use-translation";

function StandIn({ onOpen }: StandInProps) {
  const { t } = useTranslation("dataset");
  return (
    <Button
      variant="default"
      size="sm"
      leftSection={<IconDatabase size={16} aria-hidden="true" />}
      aria-label={t("menu")}
      onClick={onOpen}
    >
      <Text span size="sm">
        {t("menu")}
      </Text>
    </Button>
  );
}

/** The header's "Dataset" button; its menu's code loads after the first paint. */
export const DatasetButton = deferred(() => import("./dataset-menu"), StandIn);
