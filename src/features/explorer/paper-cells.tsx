import { type ComponentType, Fragment, memo, type ReactNode } from "react";
import { ExternalLink } from "../../components/external-link";
import { PaperStar, PaperStatus } from "../../components/paper-library-controls";
import { useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import { isNewIn, paperDigests } from "../../lib/dataset/paper-digests";
import type { Paper } from "../../lib/dataset/schema";
import type { FilterParam } from "../../lib/filters/filters";
import type { Labels } from "../../lib/labels/labels";
import { localeFor } from "../../lib/locale/locale";
import { HighlightText } from "./highlight-text";
import classes from "./paper-cells.module.css";
import { rowFilterAttributes } from "./row-filter";
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

/** Papers first listed in the archive's newest digest: a word, not only a colour, with the month as its tooltip. */
function NewMark({ paper }: { paper: Paper }) {
  const { t, latestDigest, newHint } = useTableText();
  if (!isNewIn(paper, latestDigest)) return null;
  return (
    <span className={classes.newMark} title={newHint} data-new-mark>
      {t("row.new")}
      <span className={classes.hiddenText}>{` (${newHint})`}</span>
    </span>
  );
}

function NameCell({ paper, terms }: CellProps) {
  const { labels } = useTableText();
  const secondary = secondaryText(paper, labels);
  return (
    <div className={classes.name} data-preview-anchor>
      <span className={classes.primary}>
        <NewMark paper={paper} />
        <HighlightText text={paper.name} terms={terms} />
      </span>
      <span className={classes.secondary} title={secondary}>
        <HighlightText text={secondary} terms={terms} />
      </span>
    </div>
  );
}

/** A value in a row that filters the table by it; the table handles the click (see row-filter.ts). */
function FilterButton({
  param,
  value,
  name,
  className,
  children,
}: {
  param: FilterParam;
  value: string;
  name: string;
  className: string | undefined;
  children: ReactNode;
}) {
  const { filterLabel, filterHint } = useTableText();
  return (
    <button
      type="button"
      className={className}
      aria-label={filterLabel(name)}
      title={filterHint}
      {...rowFilterAttributes(param, value)}
    >
      {children}
    </button>
  );
}

function InstitutionsCell({ paper, terms }: CellProps) {
  const { labels, moreInstitutions, andCollaborators } = useTableText();
  const hidden = paper.institutions.length - SHOWN_INSTITUTIONS;
  return (
    <div className={classes.chips}>
      {paper.institutions.slice(0, SHOWN_INSTITUTIONS).map((id) => {
        const name = labels.institution(id);
        return (
          <FilterButton key={id} param="inst" value={id} name={name} className={classes.chip}>
            <HighlightText text={name} terms={terms} />
          </FilterButton>
        );
      })}
      {hidden > 0 && (
        <span
          className={classes.more}
          title={paper.institutions.slice(SHOWN_INSTITUTIONS).map(labels.institution).join(", ")}
        >
          {moreInstitutions(hidden)}
        </span>
      )}
      {paper.hasCollaborators && <span className={classes.more}>{andCollaborators}</span>}
    </div>
  );
}

/** Values that each filter the table by themselves, separated as the reader's language lists them. */
function FilterList<Value extends string>({
  param,
  values,
  label,
}: {
  param: FilterParam;
  values: readonly Value[];
  label: (value: Value) => string;
}) {
  const { listSeparator } = useTableText();
  // A value keeps its comma on its line (no line starts with one); the space after it may break.
  const comma = listSeparator.trimEnd();
  const space = listSeparator.slice(comma.length);
  return (
    <span className={classes.clamp}>
      {values.map((value, index) => {
        const name = label(value);
        const last = index === values.length - 1;
        return (
          <Fragment key={value}>
            <span className={classes.listItem}>
              <FilterButton param={param} value={value} name={name} className={classes.textButton}>
                {name}
              </FilterButton>
              {!last && comma}
            </span>
            {!last && space}
          </Fragment>
        );
      })}
    </span>
  );
}

function ModalitiesCell({ paper }: CellProps) {
  return <FilterList param="modality" values={paper.modalities} label={useTableText().labels.modality} />;
}

// Tabler's file-text, world and brand-github icons, each drawn as one path: a row shows up to three
// and a keystroke mounts dozens of rows, and the icon components render five or six elements each.
const LINKS = [
  {
    key: "arxiv",
    icon: "M14 3v4a1 1 0 0 0 1 1h4M17 21h-10a2 2 0 0 1 -2 -2v-14a2 2 0 0 1 2 -2h7l5 5v11a2 2 0 0 1 -2 2M9 9l1 0M9 13l6 0M9 17l6 0",
  },
  {
    key: "project",
    icon: "M3 12a9 9 0 1 0 18 0a9 9 0 0 0 -18 0M3.6 9h16.8M3.6 15h16.8M11.5 3a17 17 0 0 0 0 18M12.5 3a17 17 0 0 1 0 18",
  },
  {
    key: "code",
    icon: "M9 19c-4.3 1.4 -4.3 -2.5 -6 -3m12 5v-3.5c0 -1 .1 -1.4 -.5 -2c2.8 -.3 5.5 -1.4 5.5 -6a4.6 4.6 0 0 0 -1.3 -3.2a4.2 4.2 0 0 0 -.1 -3.2s-1.1 -.3 -3.5 1.3a12.3 12.3 0 0 0 -6.2 0c-2.4 -1.6 -3.5 -1.3 -3.5 -1.3a4.2 4.2 0 0 0 -.1 3.2a4.6 4.6 0 0 0 -1.3 3.2c0 4.6 2.7 5.7 5.5 6c-.6 .6 -.6 1.2 -.5 2v3.5",
  },
] as const;

function LinksCell({ paper }: CellProps) {
  const { linkLabel, linkTitle } = useTableText();
  return (
    <div className={classes.links}>
      {LINKS.map(({ key, icon }) => {
        const url = paper.links[key];
        if (!url) return null;
        return (
          <ExternalLink
            key={key}
            href={url}
            className={classes.link}
            aria-label={linkLabel(key, paper.name)}
            title={linkTitle[key]}
          >
            <svg className={classes.icon} viewBox="0 0 24 24" aria-hidden="true">
              <path d={icon} />
            </svg>
          </ExternalLink>
        );
      })}
    </div>
  );
}

/** The first author and "et al.": the column is for telling papers apart, the pane lists them all. */
function AuthorsCell({ paper, terms }: CellProps) {
  const { firstAuthor } = useTableText();
  const [first] = paper.authors;
  if (first === undefined) return null;
  const text = paper.authors.length > 1 ? firstAuthor(first) : first;
  return (
    <span className={classes.clamp} title={paper.authors.join(", ")}>
      <HighlightText text={text} terms={terms} />
    </span>
  );
}

function ChapterCell({ paper }: CellProps) {
  return <span className={classes.clamp}>{useTableText().labels.chapter(paper.chapter)}</span>;
}

function KindCell({ paper }: CellProps) {
  return <span className={classes.clamp}>{useTableText().labels.kind(paper.kind)}</span>;
}

function PublishedCell({ paper }: CellProps) {
  return <span className={classes.clamp}>{paper.published ?? "—"}</span>;
}

/** Every digest that lists the paper, by month; each filters the table by that digest. */
function DigestCell({ paper }: CellProps) {
  const { month } = localeFor(useTableText().labels.language);
  return <FilterList param="digest" values={paperDigests(paper)} label={month} />;
}

// What each cell shows besides its paper. A row re-renders when its highlights, its mark or its
// focus change; a cell re-renders only when what it shows does (a checkbox re-rendered for nothing
// still has its attributes written again).
const samePaper = (a: CellProps, b: CellProps) => a.paper === b.paper;
const sameSelection = (a: CellProps, b: CellProps) =>
  samePaper(a, b) && a.selected === b.selected && a.canSelect === b.canSelect;
const sameHighlights = (a: CellProps, b: CellProps) =>
  samePaper(a, b) && a.terms.length === b.terms.length && a.terms.every((term, index) => term === b.terms[index]);

export const CELLS = {
  select: memo(SelectCell, sameSelection),
  star: memo(StarCell, samePaper),
  name: memo(NameCell, sameHighlights),
  chapter: memo(ChapterCell, samePaper),
  institutions: memo(InstitutionsCell, sameHighlights),
  authors: memo(AuthorsCell, sameHighlights),
  modalities: memo(ModalitiesCell, samePaper),
  kind: memo(KindCell, samePaper),
  published: memo(PublishedCell, samePaper),
  digest: memo(DigestCell, samePaper),
  status: memo(StatusCell, samePaper),
  links: memo(LinksCell, samePaper),
} satisfies Record<string, ComponentType<CellProps>>;

export type ColumnId = keyof typeof CELLS;
