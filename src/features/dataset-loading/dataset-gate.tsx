import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/button-link";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { fetchDataset } from "../../lib/dataset/load-dataset";
import { BUNDLED_DATASET } from "./bundled-dataset";
import { DatasetProblems } from "./dataset-problems";
import { OpenDatasetButton } from "./open-dataset-button";
import { useDatasetSource } from "./use-dataset-source";

/**
 * Renders its children once a dataset is loaded. A failed load never blanks the page: without a
 * dataset it explains the failure with ways out; with one, the old dataset stays and a notice says
 * the new one was rejected.
 */
export function DatasetGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation("dataset");
  const source = useDatasetSource();
  const loaded = useDatasetStore((state) => state.loaded !== null);
  const error = useDatasetStore((state) => state.error);
  const load = useDatasetStore((state) => state.load);
  const dismissError = useDatasetStore((state) => state.dismissError);

  if (loaded) {
    return (
      <>
        {error && (
          <Alert
            color="red"
            title={t("rejectedTitle")}
            withCloseButton
            closeButtonLabel={t("dismiss")}
            onClose={dismissError}
            mb="md"
          >
            <Stack gap="xs">
              <DatasetProblems error={error} />
              <Text size="sm">{t("keptCurrent")}</Text>
            </Stack>
          </Alert>
        )}
        {children}
      </>
    );
  }
  if (error) {
    return (
      <Stack gap="md" maw={760} mx="auto" py="xl" role="alert">
        <Title order={1}>{t("failedTitle")}</Title>
        <DatasetProblems error={error} />
        <Group>
          <Button onClick={() => void load(source, () => fetchDataset(source))}>{t("retry")}</Button>
          {source !== BUNDLED_DATASET && (
            <ButtonLink to="/" variant="default">
              {t("openBundled")}
            </ButtonLink>
          )}
          <OpenDatasetButton />
        </Group>
      </Stack>
    );
  }
  return (
    <Center py="xl">
      <Stack align="center" gap="sm" role="status">
        <Loader aria-hidden="true" />
        <Text>{t("loading")}</Text>
      </Stack>
    </Center>
  );
}
