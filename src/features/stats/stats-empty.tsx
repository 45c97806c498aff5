import { Stack, Text, Title } from "@mantine/core";
import { ButtonLink } from "../../components/button-link";
import { useTranslation } from "../../lib/i18n/use-translation";
import { changeView, withoutFilters } from "../../lib/view/view";
import classes from "./stats.module.css";
import "./i18n";

export function StatsEmpty() {
  const { t } = useTranslation("stats");
  return (
    <Stack align="center" gap="sm" py="xl" role="status">
      <Title order={3}>{t("empty.title")}</Title>
      <Text className={classes.muted}>{t("empty.body")}</Text>
      <ButtonLink to="/stats" search={changeView(withoutFilters)}>
        {t("empty.clear")}
      </ButtonLink>
    </Stack>
  );
}
