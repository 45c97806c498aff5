import type { FilterIndex } from "../filters/filter-index";
import { FILTERS, isLibraryFilter } from "../filters/filters";
import { memoByPair } from "../memo-by-pair";
import type { DecodedView, SearchProblem } from "./view";

/**
 * Everything in the URL the view ignores: malformed values, and well-formed values this dataset
 * does not have. Once per URL and dataset.
 */
export function viewProblems(decoded: DecodedView, index: FilterIndex | null): SearchProblem[] {
  return index ? problemsIn(decoded, index) : decoded.problems;
}

const problemsIn = memoByPair((decoded: DecodedView, index: FilterIndex): SearchProblem[] => {
  const problems = [...decoded.problems];
  // The reader's own values (stars, statuses, tags) are not the dataset's to know.
  for (const filter of FILTERS.filter((f) => !isLibraryFilter(f))) {
    for (const value of decoded.view.filters[filter.param]) {
      if (!index.byParam[filter.param].codeOf.has(value)) {
        problems.push({ param: filter.param, value, reason: "invalid" });
      }
    }
  }
  return problems;
});
