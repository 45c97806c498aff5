import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/button-link";
import { withoutFilters } from "./table-search";

export function StatsEmpty() {
  const { t } = useTranslation("stats");
  return (
    <Stack align="center" gap="sm" py="xl" role="status">
      <Title order={3}>{t("empty.title")}</Title>
      <Text c="dimmed">{t("empty.body")}</Text>
      <ButtonLink to="/stats" search={withoutFilters}>
        {t("empty.clear")}
      </ButtonLink>
    </Stack>
  );
}
