import { Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../components/use-page-title";

export function StatsPage() {
  const { t } = useTranslation("stats");
  usePageTitle(t("pageTitle"));
  return <Title order={2}>{t("pageTitle")}</Title>;
}
