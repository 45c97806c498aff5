// A draft dataset: the app's dataset shape, with what the digest cannot say left empty in ways the
// schema rejects (empty summaries, no modalities, no kind; new institutions without type and
// country), and a top-level `review` list naming each of them. The app and data:check refuse a
// draft until a maintainer has filled it in and removed the list.
import type { Dataset, Institution, InstitutionType, Paper, PaperKind } from "../../src/lib/dataset/schema";
import type { ReviewItem } from "./review";

export type DraftInstitution = Omit<Institution, "type"> & { type: InstitutionType | "" };
export type DraftPaper = Omit<Paper, "kind"> & { kind: PaperKind | "" };

export interface Draft {
  schemaVersion: Dataset["schemaVersion"];
  source: Dataset["source"];
  chapters: Dataset["chapters"];
  institutions: DraftInstitution[];
  papers: DraftPaper[];
  review: ReviewItem[];
}
