import { Alert, Stack, Text } from "@mantine/core";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { useTranslation } from "../../lib/i18n/use-translation";
import { DatasetProblems } from "./dataset-problems";

const dismiss = () => {
  const { loaded } = useDatasetStore.getState();
  if (loaded) useDatasetStore.setState({ loaded: { ...loaded, missing: [] } });
};

/** Digest files of the open archive that could not be read: each one and why; the others are shown. */
export function ArchiveMissingNotice() {
  const { t } = useTranslation("dataset");
  const missing = useDatasetStore((state) => state.loaded?.missing);
  const digests = useDatasetStore((state) => state.loaded?.dataset.source.digests.length ?? 0);
  if (!missing || missing.length === 0) return null;
  return (
    <Alert
      color="yellow"
      title={t("missingTitle", { count: missing.length })}
      withCloseButton
      closeButtonLabel={t("dismiss")}
      onClose={dismiss}
      mb="md"
      role="alert"
    >
      <Stack gap="xs">
        {missing.map((error) => (
          <DatasetProblems key={error.source} error={error} />
        ))}
        <Text size="sm">{t("missingRest", { count: digests })}</Text>
      </Stack>
    </Alert>
  );
}
