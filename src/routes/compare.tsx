import { createFileRoute } from "@tanstack/react-router";
import { ComparePage } from "../features/compare/compare-page";
import { type CompareSearch, decodeCompareSearch } from "../lib/view-search/compare-search";

/**
 * A link with malformed or repeated ids is left as typed: the router rewrites the address to the
 * validated search on load, which would drop them silently, and the page names each one instead
 * (it decodes the raw query string itself).
 */
function validateSearch(raw: Record<string, unknown>): CompareSearch {
  const { search, problems } = decodeCompareSearch(raw);
  return problems.length > 0 ? {} : search;
}

export const Route = createFileRoute("/compare")({
  validateSearch,
  component: ComparePage,
});
