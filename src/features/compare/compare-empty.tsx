import { EmptyState } from "@mantine/core";
import { IconScale } from "@tabler/icons-react";
import { ButtonLink } from "../../components/button-link";
import { useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import { useTranslation } from "../../lib/i18n/use-translation";

/** `/compare` with no papers: how to pick some, and a shortcut to the ones already in the tray. */
export function CompareEmpty() {
  const { t } = useTranslation("compare");
  const trayIds = useCompareTray((state) => state.ids);
  return (
    <EmptyState withIndicatorBackground py="xl">
      <EmptyState.Indicator>
        <IconScale size={32} aria-hidden="true" />
      </EmptyState.Indicator>
      <EmptyState.Title order={3}>{t("empty.title")}</EmptyState.Title>
      <EmptyState.Description>{t("empty.body")}</EmptyState.Description>
      <EmptyState.Actions>
        {trayIds.length >= 2 && (
          <ButtonLink to="/compare" search={(prev) => ({ ...prev, ids: trayIds })}>
            {t("empty.fromTray", { count: trayIds.length })}
          </ButtonLink>
        )}
        <ButtonLink to="/" search={(prev) => ({ ...prev, ids: undefined, hide: undefined })} variant="default">
          {t("back")}
        </ButtonLink>
      </EmptyState.Actions>
    </EmptyState>
  );
}
