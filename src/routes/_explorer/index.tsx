import { createFileRoute } from "@tanstack/react-router";
import { useTranslation } from "../../lib/i18n/use-translation";
import { usePageTitle } from "../../components/use-page-title";

export const Route = createFileRoute("/_explorer/")({
  component: ExplorerIndex,
});

function ExplorerIndex() {
  const { t } = useTranslation("explorer");
  usePageTitle(t("pageTitle"));
  return null;
}
