import { createFileRoute } from "@tanstack/react-router";
import { usePageTitle } from "../../components/use-page-title";
import { useTranslation } from "../../lib/i18n/use-translation";

export const Route = createFileRoute("/_explorer/")({
  component: ExplorerIndex,
});

function ExplorerIndex() {
  const { t } = useTranslation("explorer");
  usePageTitle(t("pageTitle"));
  return null;
}
