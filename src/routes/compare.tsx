import { createFileRoute } from "@tanstack/react-router";
import { ComparePage } from "../features/compare/compare-page";
import { pickRawComparison } from "../lib/view/comparison-search";

// The route keeps the raw `ids`: the page decodes them once and names what it had to drop.
export const Route = createFileRoute("/compare")({
  validateSearch: pickRawComparison,
  component: ComparePage,
});
