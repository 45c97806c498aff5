import { createFileRoute } from "@tanstack/react-router";
import { ComparePage } from "../features/compare/compare-page";
import { type CompareSearch, decodeCompareSearch } from "../lib/view-search/compare-search";

/**
 * A link with malformed or repeated ids is left as typed: on load the router rewrites the address
 * to the validated search, which would drop them silently, and the page names each one instead.
 * The router then keeps the raw `ids` text, so read the comparison through `useComparison` (it
 * decodes the query string itself), never from this route's search.
 */
function validateSearch(raw: Record<string, unknown>): CompareSearch {
  const { search, problems } = decodeCompareSearch(raw);
  return problems.length > 0 ? {} : search;
}

export const Route = createFileRoute("/compare")({
  validateSearch,
  component: ComparePage,
});
