import { EmptyState, Group } from "@mantine/core";
import { IconScale } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/button-link";
import { useCompareTray } from "../../lib/compare-tray/compare-tray-store";

/** `/compare` with no papers: how to pick some, and a shortcut to the ones already in the tray. */
export function CompareEmpty() {
  const { t } = useTranslation("compare");
  const trayIds = useCompareTray((state) => state.ids);
  return (
    <EmptyState
      icon={<IconScale size={32} aria-hidden="true" />}
      withIndicatorBackground
      title={t("empty.title")}
      description={t("empty.body")}
      py="xl"
    >
      <Group justify="center" mt="md">
        {trayIds.length >= 2 && (
          <ButtonLink to="/compare" search={(prev) => ({ ...prev, ids: trayIds })}>
            {t("empty.fromTray", { count: trayIds.length })}
          </ButtonLink>
        )}
        <ButtonLink to="/" search={(prev) => ({ ...prev, ids: undefined })} variant="default">
          {t("back")}
        </ButtonLink>
      </Group>
    </EmptyState>
  );
}
