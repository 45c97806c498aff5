import { Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../components/use-page-title";

export function ComparePage() {
  const { t } = useTranslation("compare");
  usePageTitle(t("pageTitle"));
  return <Title order={2}>{t("pageTitle")}</Title>;
}
