import { createFileRoute } from "@tanstack/react-router";
import { PaperDetailPane } from "../../features/paper-detail/paper-detail-pane";

export const Route = createFileRoute("/_explorer/papers/$paperId")({
  component: PaperDetailRoute,
});

function PaperDetailRoute() {
  const { paperId } = Route.useParams();
  return <PaperDetailPane paperId={paperId} />;
}
