import { createFileRoute } from "@tanstack/react-router";
import { LibrarySection } from "../../features/library/library-section";
import { PaperDetailPane } from "../../features/paper-detail/paper-detail-pane";
import type { Paper } from "../../lib/dataset/schema";

// The param is a paper id or an arXiv id; the pane resolves it once the dataset is loaded.
export const Route = createFileRoute("/_explorer/papers/$paperId")({
  component: PaperDetailRoute,
});

const librarySection = (paper: Paper) => <LibrarySection paper={paper} />;

function PaperDetailRoute() {
  const { paperId } = Route.useParams();
  return <PaperDetailPane paperId={paperId} library={librarySection} />;
}
