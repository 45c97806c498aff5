import { Alert, Button, List, Text } from "@mantine/core";
import { IconAlertTriangle, IconInfoCircle } from "@tabler/icons-react";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLocale } from "../../lib/locale/use-locale";
import classes from "./compare-notices.module.css";
import type { ComparisonProblem } from "./resolve-comparison";

interface CompareNoticesProps {
  problems: ComparisonProblem[];
  papers: readonly Paper[];
  /** Rewrites the link to just the papers shown. */
  onKeepShown: () => void;
}

const quoted = (value: string) => `“${value.length > 60 ? `${value.slice(0, 60)}…` : value}”`;

/** Names every part of the link that was left out and why, and what is still compared. */
export function CompareNotices({ problems, papers, onKeepShown }: CompareNoticesProps) {
  const { t } = useTranslation("compare");
  const { list } = useLocale();
  const nameOf = (index: number) => papers[index]?.name ?? "?";
  const dropped = problems.filter((problem) => problem.kind !== "tooFew");
  const tooFew = problems.find((problem) => problem.kind === "tooFew");
  const message = (problem: ComparisonProblem): string => {
    if (problem.kind === "tooMany") {
      const names = problem.papers.map(nameOf);
      return t("problems.tooMany", { count: names.length, values: list(names) });
    }
    if (problem.kind === "tooFew") return "";
    return t(`problems.${problem.kind}`, {
      count: problem.values.length,
      values: list(problem.values.map(quoted)),
    });
  };

  return (
    <>
      {dropped.length > 0 && (
        <Alert
          color="yellow"
          title={t("problems.title")}
          classNames={{ title: classes.alertTitle }}
          icon={<IconAlertTriangle size={18} aria-hidden="true" />}
        >
          <List size="sm" spacing={4}>
            {dropped.map((problem) => (
              <List.Item key={problem.kind}>{message(problem)}</List.Item>
            ))}
          </List>
          <Button variant="default" size="compact-sm" mt="sm" onClick={onKeepShown}>
            {t("problems.tidy")}
          </Button>
        </Alert>
      )}
      {tooFew && tooFew.kind === "tooFew" && (
        <Alert
          color="blue"
          title={t("tooFew.title")}
          classNames={{ title: classes.alertTitle }}
          icon={<IconInfoCircle size={18} aria-hidden="true" />}
        >
          <Text size="sm">
            {tooFew.papers[0] === undefined ? t("tooFew.none") : t("tooFew.one", { name: nameOf(tooFew.papers[0]) })}
          </Text>
        </Alert>
      )}
    </>
  );
}
