import { Code, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DatasetLoadError } from "../../lib/dataset/download-dataset";

const SHOWN_PROBLEMS = 10;

/** Says in words (and JSON paths) why a dataset could not be used. */
export function DatasetProblems({ error }: { error: DatasetLoadError }) {
  const { t } = useTranslation("dataset");
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
    case "not-json-file":
      return <Text>{t("problem.notJsonFile", { source: error.source })}</Text>;
    case "json":
      return <Text>{t("problem.json", { source: error.source, message: error.message })}</Text>;
    case "too-large":
      return <Text>{t("problem.tooLarge", { source: error.source, megabytes: Math.round(error.bytes / 1e6) })}</Text>;
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
