import { CloseButton, Group, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/button-link";
import { usePageTitle } from "../../components/use-page-title";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import classes from "./paper-detail-pane.module.css";

export function PaperDetailPane({ paperId }: { paperId: string }) {
  const { t, i18n } = useTranslation("detail");
  const paper = useDatasetStore((state) => {
    const loaded = state.loaded;
    const index = loaded?.indexes.paperIndexById.get(paperId) ?? loaded?.indexes.paperIndexByArxivId.get(paperId);
    return index === undefined ? undefined : loaded?.dataset.papers[index];
  });
  usePageTitle(paper ? paper.name : t("notFound.title"));
  return (
    <aside className={classes.pane} aria-labelledby="paper-title">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={2} id="paper-title" size="h3">
          {paper ? paper.name : t("notFound.title")}
        </Title>
        <CloseButton renderRoot={(props) => <Link {...props} to="/" search />} aria-label={t("close")} />
      </Group>
      {paper ? (
        <Stack gap="sm">
          <Text>{i18n.language === "zh" ? paper.summary.zh : paper.summary.en}</Text>
        </Stack>
      ) : (
        <Stack gap="sm" role="alert">
          <Text>{t("notFound.body", { id: paperId })}</Text>
          <ButtonLink to="/" search w="fit-content">
            {t("notFound.back")}
          </ButtonLink>
        </Stack>
      )}
    </aside>
  );
}
