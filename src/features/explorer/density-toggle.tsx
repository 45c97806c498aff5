import { ActionIcon } from "@mantine/core";
import { IconBaselineDensityMedium, IconBaselineDensitySmall } from "@tabler/icons-react";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useTableDensity } from "./table-density-store";

/** Compact rows on or off: a pressed button, its name saying what pressing does. */
export function DensityToggle() {
  const { t } = useTranslation("explorer");
  const compact = useTableDensity((state) => state.density === "compact");
  const setDensity = useTableDensity((state) => state.setDensity);
  const Icon = compact ? IconBaselineDensitySmall : IconBaselineDensityMedium;
  return (
    <ActionIcon
      variant={compact ? "light" : "default"}
      size="md"
      aria-label={t("density.compact")}
      aria-pressed={compact}
      title={t("density.hint")}
      onClick={() => setDensity(compact ? "comfortable" : "compact")}
    >
      <Icon size={18} aria-hidden="true" />
    </ActionIcon>
  );
}
