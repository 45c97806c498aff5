import { Alert, Stack, Text } from "@mantine/core";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { useTranslation } from "../../lib/i18n/use-translation";
import { DatasetProblems } from "./dataset-problems";

const dismiss = () => useDatasetStore.setState({ rejected: null });

/** A dataset that could not be opened while another was open: the open one stays, and this says why. */
export function DatasetRejectedNotice() {
  const { t } = useTranslation("dataset");
  const rejected = useDatasetStore((state) => state.rejected);
  if (!rejected) return null;
  return (
    <Alert
      color="red"
      title={t("rejectedTitle")}
      withCloseButton
      closeButtonLabel={t("dismiss")}
      onClose={dismiss}
      mb="md"
    >
      <Stack gap="xs">
        <DatasetProblems error={rejected} />
        <Text size="sm">{t("keptCurrent")}</Text>
      </Stack>
    </Alert>
  );
}
