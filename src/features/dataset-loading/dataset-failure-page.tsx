import { Button, Group, Stack, Title } from "@mantine/core";
import type { DatasetLoadError } from "../../lib/dataset/download-dataset";
import { useTranslation } from "../../lib/i18n/use-translation";
import { BUNDLED_DATASET } from "./bundled-dataset";
import { DatasetProblems } from "./dataset-problems";
import { OpenBundledLink } from "./open-bundled-link";
import { OpenDatasetButton } from "./open-dataset-button";
import { useDatasetActions } from "./use-dataset-actions";

/** No dataset could be opened: why, and the ways out (try again, the bundled one, a file). */
export function DatasetFailurePage({ failure }: { failure: DatasetLoadError }) {
  const { t } = useTranslation("dataset");
  const actions = useDatasetActions();
  return (
    <Stack gap="md" maw={760} mx="auto" py="xl" role="alert">
      <Title order={1}>{failure.kind === "cancelled" ? t("cancelledTitle") : t("failedTitle")}</Title>
      <DatasetProblems error={failure} />
      <Group>
        <Button onClick={() => void actions.retry()}>{t("retry")}</Button>
        {failure.source !== BUNDLED_DATASET && <OpenBundledLink variant="default">{t("openBundled")}</OpenBundledLink>}
        <OpenDatasetButton />
      </Group>
    </Stack>
  );
}
