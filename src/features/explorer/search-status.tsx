import { Alert, Button, Text } from "@mantine/core";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLocale } from "../../lib/locale/use-locale";
import { retrySearchIndex, useSearchStore } from "../../lib/search/search-store";
import { usePaperView } from "../../lib/view/use-paper-view";

/** Says when search covers only part of the papers (the index is still being built) or is unavailable. */
export function SearchStatus() {
  const coverage = usePaperView().searchCoverage;
  const { t } = useTranslation("explorer");
  const locale = useLocale();
  const error = useSearchStore((state) => (state.status === "failed" ? state.error : null));
  if (error !== null) {
    return (
      <Alert color="red" role="alert" py="xs">
        <Text size="sm">{t("search.failed", { message: error })}</Text>
        <Button size="compact-sm" variant="light" mt={4} onClick={retrySearchIndex}>
          {t("search.retry")}
        </Button>
      </Alert>
    );
  }
  if (!coverage) return null;
  return (
    <Text size="sm" c="dimmed" role="status">
      {t("search.partial", { indexed: locale.number(coverage.indexed), total: locale.number(coverage.total) })}
    </Text>
  );
}
