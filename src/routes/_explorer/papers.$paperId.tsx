import { createFileRoute } from "@tanstack/react-router";
import { PaperDetailPane } from "../../features/paper-detail/paper-detail-pane";

// The param is a paper id or an arXiv id; the pane resolves it once the dataset is loaded.
export const Route = createFileRoute("/_explorer/papers/$paperId")({
  component: PaperDetailRoute,
});

function PaperDetailRoute() {
  const { paperId } = Route.useParams();
  return <PaperDetailPane paperId={paperId} />;
}
