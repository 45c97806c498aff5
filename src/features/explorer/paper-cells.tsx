import { IconBrandGithub, IconFileText, IconWorld } from "@tabler/icons-react";
import { ExternalLink } from "../../components/external-link";
import type { Paper } from "../../lib/dataset/schema";
import { useCellText } from "./cell-text";
import { HighlightText } from "./highlight-text";
import classes from "./paper-cells.module.css";

// Cells are plain elements styled with CSS: a virtualised table mounts them on every scroll frame.

export function NameCell({ paper }: { paper: Paper }) {
  const { labels, terms } = useCellText();
  const secondary = labels.language === "zh" ? paper.headingZh : (paper.title ?? paper.headingZh);
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

const SHOWN_INSTITUTIONS = 3;

export function InstitutionsCell({ paper }: { paper: Paper }) {
  const { t, labels, terms } = useCellText();
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

export function ModalitiesCell({ paper }: { paper: Paper }) {
  const { labels } = useCellText();
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

export function LinksCell({ paper }: { paper: Paper }) {
  const { t } = useCellText();
  return (
    <div className={classes.links}>
      {LINKS.map(({ key, Icon }) => {
        const url = paper.links[key];
        if (!url) return null;
        const label = t("links.of", { link: t(`links.${key}`), name: paper.name });
        return (
          <ExternalLink
            key={key}
            href={url}
            className={classes.link}
            aria-label={label}
            title={t(`links.${key}`)}
            onClick={(event) => event.stopPropagation()}
            onKeyDown={(event) => event.stopPropagation()}
          >
            <Icon size={16} aria-hidden="true" />
          </ExternalLink>
        );
      })}
    </div>
  );
}
