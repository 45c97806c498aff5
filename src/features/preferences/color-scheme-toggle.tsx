import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function ColorSchemeToggle() {
  const { t } = useTranslation("preferences");
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme("light", { getInitialValueInEffect: false });
  const next = computed === "dark" ? "light" : "dark";
  const label = next === "dark" ? t("darkMode") : t("lightMode");
  return (
    // A native tooltip: positioning code for one hint is not worth its weight on every first load.
    <ActionIcon variant="default" size="lg" aria-label={label} title={label} onClick={() => setColorScheme(next)}>
      <span aria-hidden="true">{computed === "dark" ? "☀" : "☾"}</span>
    </ActionIcon>
  );
}
