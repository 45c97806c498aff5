import { Code, List, Text } from "@mantine/core";
import { type DatasetLoadError, MAX_DATASET_BYTES } from "../../lib/dataset/download-dataset";
import { DATASET_PARTS, type NotADataset } from "../../lib/dataset/not-a-dataset";
import { stripBidiControls } from "../../lib/dataset/schema";
import type { TFunction } from "../../lib/i18n/types";
import { useTranslation } from "../../lib/i18n/use-translation";

const SHOWN_PROBLEMS = 10;
const megabytes = (bytes: number) => Math.round(bytes / 1e6);

function notDatasetText(found: NotADataset, source: string, t: TFunction<"dataset">): string {
  switch (found) {
    case "library":
    case "saved-views":
      return t(`problem.notDataset.${found}`, { source });
    case "unrelated":
      return t("problem.notDataset.unrelated", { source, parts: DATASET_PARTS.join(", ") });
    default:
      return t("problem.notDataset.value", { source, what: t(`problem.value.${found}`) });
  }
}

/** Says in words (and JSON paths) why a dataset could not be used. */
export function DatasetProblems({ error: raw }: { error: DatasetLoadError }) {
  const { t } = useTranslation("dataset");
  // The source comes from the URL or a file name: direction controls in it could make the message lie.
  const error = { ...raw, source: stripBidiControls(raw.source) };
  switch (error.kind) {
    case "origin":
      return <Text>{t("problem.origin", { source: error.source })}</Text>;
    case "network":
      return <Text>{t("problem.network", { source: error.source, message: error.message })}</Text>;
    case "redirect":
      return <Text>{t("problem.redirect", { source: error.source })}</Text>;
    case "timeout":
      return <Text>{t("problem.timeout", { source: error.source, seconds: error.seconds })}</Text>;
    case "cancelled":
      return <Text>{t("problem.cancelled", { source: error.source })}</Text>;
    case "http":
      return <Text>{t("problem.http", { source: error.source, status: error.status })}</Text>;
    case "catalog-from-disk":
      return <Text>{t("problem.catalogFromDisk", { source: error.source })}</Text>;
    case "not-json-file":
      return <Text>{t("problem.notJsonFile", { source: error.source })}</Text>;
    case "json":
      return <Text>{t("problem.json", { source: error.source, message: error.message })}</Text>;
    case "not-dataset":
      return <Text>{notDatasetText(error.found, error.source, t)}</Text>;
    case "too-large": {
      const limit = megabytes(MAX_DATASET_BYTES);
      return (
        <Text>
          {error.bytes === null
            ? t("problem.tooLargeStopped", { source: error.source, limit })
            : t("problem.tooLarge", { source: error.source, megabytes: megabytes(error.bytes), limit })}
        </Text>
      );
    }
    case "invalid":
      return (
        <>
          <Text>{t("problem.invalid", { source: error.source, count: error.problems.length })}</Text>
          <List size="sm" spacing={4} aria-label={t("problem.listLabel")}>
            {error.problems.slice(0, SHOWN_PROBLEMS).map((problem) => (
              <List.Item key={`${problem.path}:${problem.message}`}>
                <Code>{problem.path}</Code> {problem.message}
              </List.Item>
            ))}
          </List>
          {error.problems.length > SHOWN_PROBLEMS && (
            <Text size="sm" c="dimmed">
              {t("problem.more", { count: error.problems.length - SHOWN_PROBLEMS })}
            </Text>
          )}
        </>
      );
  }
}
