import { Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { ButtonLink } from "../../components/button-link";
import { usePageTitle } from "../../components/use-page-title";
import { useTranslation } from "../../lib/i18n/use-translation";
import "./i18n";

/** An unknown id still gets a pane: it says what was asked for and leads back to the same list. */
export function PaperNotFound({ paperId }: { paperId: string }) {
  const { t } = useTranslation("detail");
  usePageTitle(t("notFound.title"));
  return (
    <Stack gap="sm" p="md" role="alert">
      <Title order={2} size="h3" id="paper-title">
        {t("notFound.title")}
      </Title>
      <Text size="sm">{t("notFound.body", { id: paperId.slice(0, 120) })}</Text>
      <ButtonLink to="/" w="fit-content" leftSection={<IconArrowLeft size={16} aria-hidden="true" />}>
        {t("notFound.back")}
      </ButtonLink>
    </Stack>
  );
}
