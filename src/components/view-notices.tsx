import { Alert, List } from "@mantine/core";
import { useLocation } from "@tanstack/react-router";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useDatasetStore } from "../lib/dataset/dataset-store";
import { typedAddressProblems } from "../lib/view-search/typed-address";
import { useViewSearch } from "../lib/view-search/use-view-search";
import { FACET_PARAMS, type SearchProblem } from "../lib/view-search/view-search";

/**
 * Names every part of the URL that was ignored: malformed values of the address as typed, and
 * well-formed values this dataset does not have.
 */
export function ViewNotices() {
  const { t } = useTranslation();
  const searchStr = useLocation({ select: (location) => location.searchStr });
  const search = useViewSearch();
  const indexes = useDatasetStore((state) => state.loaded?.indexes);

  const problems = useMemo(() => {
    const found: SearchProblem[] = [...typedAddressProblems(searchStr)];
    if (indexes) {
      for (const facet of FACET_PARAMS) {
        for (const value of search[facet] ?? []) {
          if (!indexes.postings[facet].has(value)) found.push({ param: facet, value, reason: "invalid" });
        }
      }
      for (const value of search.coauthors ?? []) {
        if (!indexes.postings.inst.has(value)) found.push({ param: "coauthors", value, reason: "invalid" });
      }
    }
    return found;
  }, [searchStr, search, indexes]);

  if (problems.length === 0) return null;
  return (
    <Alert color="yellow" title={t("urlNotice.title")} mb="sm">
      <List size="sm">
        {problems.slice(0, 10).map((problem) => (
          <List.Item key={`${problem.param}:${problem.reason}:${problem.value}`}>
            {t(`urlNotice.${problem.reason}`, { param: problem.param, value: problem.value.slice(0, 80) })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
