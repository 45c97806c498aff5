import { useTranslation } from "../lib/i18n/use-translation";
import type { ImportProblem } from "../lib/library/file-kind";

/** An import problem in plain words: what the file is and what was expected (never a schema library's message). */
export function useImportProblemText(expected: "library" | "saved-views"): (problem: ImportProblem) => string {
  const { t } = useTranslation("importProblem");
  return (problem) => {
    const what = t(`expected.${expected}`);
    switch (problem.kind) {
      case "not-json":
      case "damaged":
        return t(problem.kind, { expected: what });
      case "too-large":
        return t("too-large", { expected: what, megabytes: problem.megabytes });
      case "newer-version":
        return t("newer-version", { version: problem.version });
      case "wrong-kind":
        return t(`found.${problem.found}`, { expected: what });
    }
  };
}
