import { IconBrandGithub, IconFileText, IconWorld } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { ExternalLink } from "../../components/external-link";
import { PaperStar, PaperStatus } from "../../components/paper-library-controls";
import { useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import type { Paper } from "../../lib/dataset/schema";
import type { Labels } from "../../lib/labels/labels";
import { localeFor } from "../../lib/locale/locale";
import { HighlightText } from "./highlight-text";
import classes from "./paper-cells.module.css";
import { useTableText } from "./table-text";

// Cells are plain elements styled with CSS: a virtualised table mounts them on every scroll frame.

export interface CellProps {
  paper: Paper;
  /** Search terms found in this row's text, to highlight. */
  terms: string[];
  selected: boolean;
  canSelect: boolean;
}

export const SHOWN_INSTITUTIONS = 3;

/** The row's second line: the English title, or the Chinese heading in Chinese (and when there is no title). */
export function secondaryText(paper: Paper, labels: Labels): string {
  return localeFor(labels.language).pick(paper.title ?? paper.headingZh, paper.headingZh);
}

function SelectCell({ paper, selected, canSelect }: CellProps) {
  const { selectLabel } = useTableText();
  return (
    <input
      type="checkbox"
      className={classes.checkbox}
      checked={selected}
      disabled={!canSelect}
      onChange={() => useCompareTray.getState().toggle(paper.id)}
      aria-label={selectLabel(paper.name)}
    />
  );
}

// The star and status subscribe to the paper's own library entry: an edit re-renders that cell only.
function StarCell({ paper }: CellProps) {
  return <PaperStar paper={paper} label={useTableText().starLabel(paper.name)} />;
}

function StatusCell({ paper }: CellProps) {
  const { statusLabel, labels } = useTableText();
  return <PaperStatus paper={paper} label={statusLabel(paper.name)} language={labels.language} />;
}

function NameCell({ paper, terms }: CellProps) {
  const { labels } = useTableText();
  const secondary = secondaryText(paper, labels);
  return (
    <div className={classes.name}>
      <span className={classes.primary}>
        <HighlightText text={paper.name} terms={terms} />
      </span>
      <span className={classes.secondary} title={secondary}>
        <HighlightText text={secondary} terms={terms} />
      </span>
    </div>
  );
}

function InstitutionsCell({ paper, terms }: CellProps) {
  const { t, labels } = useTableText();
  const names = paper.institutions.map(labels.institution);
  const hidden = names.length - SHOWN_INSTITUTIONS;
  return (
    <div className={classes.chips} title={names.join(", ")}>
      {names.slice(0, SHOWN_INSTITUTIONS).map((name) => (
        <span key={name} className={classes.chip}>
          <HighlightText text={name} terms={terms} />
        </span>
      ))}
      {hidden > 0 && <span className={classes.more}>{t("columns.more", { count: hidden })}</span>}
      {paper.hasCollaborators && <span className={classes.more}>{t("columns.andCollaborators")}</span>}
    </div>
  );
}

function ModalitiesCell({ paper }: CellProps) {
  const { labels } = useTableText();
  const text = paper.modalities.map(labels.modality).join(", ");
  return (
    <span className={classes.clamp} title={text}>
      {text}
    </span>
  );
}

const LINKS = [
  { key: "arxiv", Icon: IconFileText },
  { key: "project", Icon: IconWorld },
  { key: "code", Icon: IconBrandGithub },
] as const;

function LinksCell({ paper }: CellProps) {
  const { t, linkLabel } = useTableText();
  return (
    <div className={classes.links}>
      {LINKS.map(({ key, Icon }) => {
        const url = paper.links[key];
        if (!url) return null;
        return (
          <ExternalLink
            key={key}
            href={url}
            className={classes.link}
            aria-label={linkLabel(key, paper.name)}
            title={t(`links.${key}`)}
          >
            <Icon size={16} aria-hidden="true" />
          </ExternalLink>
        );
      })}
    </div>
  );
}

/** The first author and "et al.": the column is for telling papers apart, the pane lists them all. */
function AuthorsCell({ paper, terms }: CellProps) {
  const { t } = useTableText();
  const [first] = paper.authors;
  if (first === undefined) return null;
  const text = paper.authors.length > 1 ? t("columns.firstAuthor", { name: first }) : first;
  return (
    <span className={classes.clamp} title={paper.authors.join(", ")}>
      <HighlightText text={text} terms={terms} />
    </span>
  );
}

function ChapterCell({ paper }: CellProps) {
  return <>{useTableText().labels.chapter(paper.chapter)}</>;
}

function KindCell({ paper }: CellProps) {
  return <>{useTableText().labels.kind(paper.kind)}</>;
}

function PublishedCell({ paper }: CellProps) {
  return <>{paper.published ?? "—"}</>;
}

export const CELLS = {
  select: SelectCell,
  star: StarCell,
  name: NameCell,
  chapter: ChapterCell,
  institutions: InstitutionsCell,
  authors: AuthorsCell,
  modalities: ModalitiesCell,
  kind: KindCell,
  published: PublishedCell,
  status: StatusCell,
  links: LinksCell,
} satisfies Record<string, (props: CellProps) => ReactNode>;

export type ColumnId = keyof typeof CELLS;
