import { CloseButton, Group, Stack, Text, Title } from "@mantine/core";
import { Navigate } from "@tanstack/react-router";
import { type ReactNode, useId } from "react";
import { CiteMenu } from "../../components/cite-menu";
import { ShareMenu } from "../../components/share-menu";
import { usePageTitle } from "../../components/use-page-title";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { nextStatus } from "../../lib/library/library-entry";
import { entryOf } from "../../lib/library/library-lookup";
import { useLibrary } from "../../lib/library/library-store";
import { useReadView } from "../../lib/view/share-link";
import { usePaperView } from "../../lib/view/use-paper-view";
import { KeyHints } from "./key-hints";
import { PaneToolbar } from "./pane-toolbar";
import classes from "./paper-detail-pane.module.css";
import { PaperFacts } from "./paper-facts";
import { PaperLinks } from "./paper-links";
import { PaperNotFound } from "./paper-not-found";
import { paperSteps } from "./paper-steps";
import { PaperNotes, PaperResults, PaperSummary } from "./paper-texts";
import { RelatedPapersList } from "./related-papers-list";
import { lookUpPaper } from "./resolve-paper";
import { usePaneKeys, usePaneNavigation } from "./use-pane-navigation";
import "./i18n";

interface PaperDetailPaneProps {
  paperId: string;
  /** The reader's own section for the paper (their library), composed in by the route. */
  library: (paper: Paper) => ReactNode;
}

/** The routed pane for `/papers/$paperId`: a paper id, an arXiv id or a folded entry's id (both moved to the id) or an unknown id. */
export function PaperDetailPane({ paperId, library }: PaperDetailPaneProps) {
  const papers = useDatasetStore((state) => state.loaded?.dataset.papers);
  const indexes = useDatasetStore((state) => state.loaded?.indexes);
  if (!papers || !indexes) return null;
  const found = lookUpPaper(indexes, paperId);
  const paper = found.kind === "missing" ? undefined : papers[found.index];
  if (paper && paper.id !== paperId) {
    // One address per paper: the arXiv form, or the id of a repeated entry folded into the paper,
    // is replaced, so history holds the canonical URL.
    return <Navigate to="/papers/$paperId" params={{ paperId: paper.id }} replace />;
  }
  return (
    <aside className={classes.pane} aria-labelledby="paper-title">
      {paper && found.kind === "id" ? (
        <PaperDetail paper={paper} index={found.index} papers={papers} library={library} />
      ) : (
        <MissingPaper paperId={paperId} />
      )}
    </aside>
  );
}

function PaperDetail({
  paper,
  index,
  papers,
  library,
}: {
  paper: Paper;
  index: number;
  papers: readonly Paper[];
  library: (paper: Paper) => ReactNode;
}) {
  const { t } = useTranslation("detail");
  usePageTitle(paper.name);
  const { rows } = usePaperView();
  const steps = paperSteps(rows, index);
  const previous = steps.previous === null ? undefined : papers[steps.previous];
  const next = steps.next === null ? undefined : papers[steps.next];
  const { open, close } = usePaneNavigation();
  const readView = useReadView();
  usePaneKeys({
    next: next ? () => open(next.id) : null,
    previous: previous ? () => open(previous.id) : null,
    close,
    star: () => {
      const { library: current, edit } = useLibrary.getState();
      edit(paper, "starred", !entryOf(current, paper)?.starred);
    },
    status: () => {
      const { library: current, edit } = useLibrary.getState();
      edit(paper, "status", nextStatus(entryOf(current, paper)?.status ?? null));
    },
  });

  return (
    <>
      <PaneToolbar paper={paper} steps={steps} previous={previous} next={next} onClose={close} />
      {/* Keyed by paper so each one starts scrolled to the top; the toolbar (and its focus) stays. */}
      <div key={paper.id} className={classes.body}>
        <Stack gap={4} mb="md">
          <Title order={2} size="h3" id="paper-title">
            {paper.name}
          </Title>
          {paper.title && (
            <Text size="sm" lang="en">
              {paper.title}
            </Text>
          )}
          <Text size="sm" c="dimmed" lang="zh-CN">
            {paper.headingZh}
          </Text>
          <Group gap="xs" mt={4}>
            <CiteMenu papers={() => [paper]} />
            <ShareMenu shared={() => ({ page: "paper", paperId: paper.id, view: readView() })} />
          </Group>
        </Stack>
        <PaperFacts paper={paper} />
        <PaneSection title={t("links.heading")}>
          <PaperLinks paper={paper} />
        </PaneSection>
        <PaneSection title={t("library.heading")}>{library(paper)}</PaneSection>
        <PaneSection title={t("summary.heading")}>
          <PaperSummary paper={paper} />
        </PaneSection>
        <PaneSection title={t("results.heading")}>
          <PaperResults paper={paper} />
        </PaneSection>
        {(paper.notes.length > 0 || paper.sourceTruncated) && (
          <PaneSection title={t("notes.heading")}>
            <PaperNotes paper={paper} />
          </PaneSection>
        )}
        <PaneSection title={t("related.heading")}>
          <RelatedPapersList papers={papers} index={index} />
        </PaneSection>
        <KeyHints />
      </div>
    </>
  );
}

function MissingPaper({ paperId }: { paperId: string }) {
  const { t } = useTranslation("detail");
  const { close } = usePaneNavigation();
  usePaneKeys({ next: null, previous: null, close, star: null, status: null });
  return (
    <>
      <Group className={classes.toolbar} justify="flex-end">
        <CloseButton size="lg" onClick={close} aria-label={t("close")} />
      </Group>
      <PaperNotFound paperId={paperId} />
    </>
  );
}

function PaneSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={classes.section} aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}
