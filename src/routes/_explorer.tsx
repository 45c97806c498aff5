import { createFileRoute } from "@tanstack/react-router";
import { ExplorerPage } from "../features/explorer/explorer-page";

// Pathless layout: the table stays mounted (filters and scroll position kept) while a paper opens beside it.
export const Route = createFileRoute("/_explorer")({
  component: ExplorerPage,
});
