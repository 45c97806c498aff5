import { Button, Center, Loader, Progress, Stack, Text } from "@mantine/core";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { stripBidiControls } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { BUNDLED_DATASET } from "./bundled-dataset";

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);

/** While a dataset downloads or a file from disk is read: which one, how far it has come, and a way to stop. */
export function DatasetLoadingPage() {
  const { t } = useTranslation("dataset");
  const loading = useDatasetStore((state) => state.loading);
  const progress = loading?.progress;
  return (
    <Center py="xl">
      <Stack align="center" gap="sm" role="status" w={360} maw="100%">
        <Loader aria-hidden="true" />
        <Text>{t("loading")}</Text>
        {loading && (
          <Text size="sm" c="dimmed" maw="100%" truncate="end">
            {t("source", {
              // A URL or file name: without direction controls that could disguise it.
              name: loading.source === BUNDLED_DATASET ? t("bundledName") : stripBidiControls(loading.source),
            })}
          </Text>
        )}
        {progress && (
          <>
            {progress.total !== null && (
              <Progress value={(progress.received / progress.total) * 100} w="100%" aria-hidden="true" />
            )}
            <Text size="sm" c="dimmed">
              {progress.total !== null
                ? t("progress", { received: megabytes(progress.received), total: megabytes(progress.total) })
                : t("progressUnknown", { received: megabytes(progress.received) })}
            </Text>
          </>
        )}
        {loading?.files && (
          <Text size="sm" c="dimmed">
            {t("files", loading.files)}
          </Text>
        )}
        {loading && (
          <Button variant="default" onClick={loading.cancel}>
            {t("cancel")}
          </Button>
        )}
      </Stack>
    </Center>
  );
}
