import { Button, Popover, Stack, Text, Title } from "@mantine/core";
import { IconDatabase } from "@tabler/icons-react";
import type { DeferredProps } from "../../components/deferred";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { stripBidiControls } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { BUNDLED_DATASET } from "./bundled-dataset";
import { OpenBundledLink } from "./open-bundled-link";
import { OpenDatasetButton } from "./open-dataset-button";

/** Which dataset is open, and the ways to open another one. */
export default function DatasetMenu({ initiallyOpen = false }: DeferredProps) {
  const { t } = useTranslation("dataset");
  const loaded = useDatasetStore((state) => state.loaded);
  const description = loaded?.dataset.source.description;
  const bundled = loaded?.source === BUNDLED_DATASET;
  return (
    <Popover position="bottom-end" width={340} shadow="md" trapFocus defaultOpened={initiallyOpen}>
      <Popover.Target>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconDatabase size={16} aria-hidden="true" />}
          aria-label={t("menu")}
        >
          <Text span size="sm">
            {t("menu")}
          </Text>
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm" role="dialog" aria-label={t("menu")}>
          <Title order={2} size="h5">
            {t("menu")}
          </Title>
          {loaded && (
            <Text size="sm">
              {t("current", {
                // A URL or file name: without direction controls that could disguise it.
                name: bundled ? t("bundledName") : stripBidiControls(loaded.source),
                papers: loaded.dataset.papers.length,
                institutions: loaded.dataset.institutions.length,
              })}
            </Text>
          )}
          {description && (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          )}
          <OpenDatasetButton />
          {!bundled && <OpenBundledLink variant="subtle">{t("openBundled")}</OpenBundledLink>}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
