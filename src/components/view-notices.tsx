import { Alert, List, Text } from "@mantine/core";
import { stripBidiControls } from "../lib/dataset/schema";
import { useTranslation } from "../lib/i18n/use-translation";
import { useViewProblems } from "../lib/view/use-view";

const SHOWN = 10;
const SHOWN_LENGTH = 80;

/** Text from the URL is shown as typed, minus direction controls that could make it read as something else. */
const fromUrl = (text: string) => stripBidiControls(text).slice(0, SHOWN_LENGTH);

/**
 * Names every part of the URL that was ignored: malformed values, and well-formed values this
 * dataset does not have.
 */
export function ViewNotices() {
  const { t } = useTranslation();
  const problems = useViewProblems();
  if (problems.length === 0) return null;
  return (
    <Alert color="yellow" title={t("urlNotice.title")} mb="sm">
      <List size="sm">
        {problems.slice(0, SHOWN).map((problem) => (
          <List.Item key={`${problem.param}:${problem.reason}:${problem.value}`}>
            {t(`urlNotice.${problem.reason}`, { param: fromUrl(problem.param), value: fromUrl(problem.value) })}
          </List.Item>
        ))}
      </List>
      {problems.length > SHOWN && (
        <Text size="sm" mt={4}>
          {t("urlNotice.more", { count: problems.length - SHOWN })}
        </Text>
      )}
    </Alert>
  );
}
