import { Button, Code, Group, Stack, Text, Title } from "@mantine/core";
import type { ErrorComponentProps } from "@tanstack/react-router";
import { useTranslation } from "../lib/i18n/use-translation";

/** The last line of defence: whatever threw, the user sees what failed and two ways out. */
export function AppErrorPage({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <Stack align="center" gap="md" py="xl" role="alert" maw={720} mx="auto">
      <Title order={1}>{t("error.title")}</Title>
      <Text>{t("error.body")}</Text>
      <Stack gap={4} w="100%">
        <Text fw={600}>{t("error.details")}</Text>
        <Code block>{message}</Code>
      </Stack>
      <Group>
        <Button onClick={() => window.location.reload()}>{t("error.reload")}</Button>
        <Button variant="default" onClick={() => window.location.assign(import.meta.env.BASE_URL)}>
          {t("error.reset")}
        </Button>
      </Group>
    </Stack>
  );
}
