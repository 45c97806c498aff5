import { Stack, Text, Title } from "@mantine/core";
import { useLocation } from "@tanstack/react-router";
import { useTranslation } from "../lib/i18n/use-translation";
import { ButtonLink } from "./button-link";
import { usePageTitle } from "./use-page-title";

export function NotFoundPage() {
  const { t } = useTranslation();
  const pathname = useLocation({ select: (location) => location.pathname });
  usePageTitle(t("notFound.title"));
  return (
    <Stack align="center" gap="md" py="xl" role="alert">
      <Title order={1}>{t("notFound.title")}</Title>
      <Text c="dimmed">{t("notFound.body", { path: pathname })}</Text>
      <ButtonLink to="/">{t("notFound.back")}</ButtonLink>
    </Stack>
  );
}
