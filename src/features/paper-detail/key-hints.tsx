import { Group, Kbd, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Makes the pane's keys discoverable; they work wherever focus is, except in text fields. */
export function KeyHints() {
  const { t } = useTranslation("detail");
  const hints = [
    { keys: ["j", "→"], label: t("keys.next") },
    { keys: ["k", "←"], label: t("keys.previous") },
    { keys: ["Esc"], label: t("keys.close") },
    { keys: ["s"], label: t("keys.star") },
    { keys: ["r"], label: t("keys.status") },
  ];
  return (
    <Group gap="md" mt="xl" c="dimmed" aria-label={t("keys.label")} role="note">
      {hints.map((hint) => (
        <Text key={hint.label} size="xs" span>
          {hint.keys.map((key) => (
            <Kbd key={key} size="xs" mr={4}>
              {key}
            </Kbd>
          ))}
          {hint.label}
        </Text>
      ))}
    </Group>
  );
}
