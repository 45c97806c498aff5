import { Button, Group, Stack, Title } from "@mantine/core";
import type { DatasetLoadError } from "../../lib/dataset/download-dataset";
import { useTranslation } from "../../lib/i18n/use-translation";
import { BUNDLED_DATASET } from "./bundled-dataset";
import { DatasetProblems } from "./dataset-problems";
import { OpenBundledLink } from "./open-bundled-link";
import { OpenDatasetButton } from "./open-dataset-button";
import { useDatasetActions } from "./use-dataset-actions";

/**
 * No dataset could be opened: why, and the ways out (try again, the bundled one, a file). A file
 * from disk is not tried again: that would load the address instead, or the same file's problems.
 */
export function DatasetFailurePage({ failure, fromDisk }: { failure: DatasetLoadError; fromDisk: boolean }) {
  const { t } = useTranslation("dataset");
  const actions = useDatasetActions();
  return (
    <Stack gap="md" maw={760} mx="auto" py="xl" role="alert">
      <Title order={1}>{failure.kind === "cancelled" ? t("cancelledTitle") : t("failedTitle")}</Title>
      <DatasetProblems error={failure} />
      <Group>
        {fromDisk ? (
          <OpenDatasetButton variant="filled" another />
        ) : (
          <Button onClick={() => void actions.retry()}>{t("retry")}</Button>
        )}
        {failure.source !== BUNDLED_DATASET && <OpenBundledLink variant="default">{t("openBundled")}</OpenBundledLink>}
        {!fromDisk && <OpenDatasetButton />}
      </Group>
    </Stack>
  );
}
