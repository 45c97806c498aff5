import { createFileRoute } from "@tanstack/react-router";
import { ComparePage } from "../features/compare/compare-page";
import { validateCompareSearch } from "../lib/view-search/compare-search";

export const Route = createFileRoute("/compare")({
  validateSearch: validateCompareSearch,
  component: ComparePage,
});
