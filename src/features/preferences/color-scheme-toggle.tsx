import { ActionIcon, Button, useComputedColorScheme, useMantineColorScheme } from "@mantine/core";
import { useTranslation } from "../../lib/i18n/use-translation";

/** `withLabel`: the label in words beside the icon (in the narrow screen's menu, where there is room). */
export function ColorSchemeToggle({ withLabel = false }: { withLabel?: boolean }) {
  const { t } = useTranslation("preferences");
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme("light", { getInitialValueInEffect: false });
  const next = computed === "dark" ? "light" : "dark";
  const label = next === "dark" ? t("darkMode") : t("lightMode");
  const icon = <span aria-hidden="true">{computed === "dark" ? "☀" : "☾"}</span>;
  const toggle = () => setColorScheme(next);
  if (withLabel) {
    return (
      <Button variant="default" size="sm" leftSection={icon} onClick={toggle}>
        {label}
      </Button>
    );
  }
  return (
    // A native tooltip: positioning code for one hint is not worth its weight on every first load.
    <ActionIcon variant="default" size="lg" aria-label={label} title={label} onClick={toggle}>
      {icon}
    </ActionIcon>
  );
}
