import type { CSSProperties } from "react";
import { ResultsList } from "../../components/results-list";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLocale } from "../../lib/locale/use-locale";
import classes from "./paper-preview.module.css";
import type { PreviewAnchor } from "./use-paper-preview";

export const PREVIEW_ID = "paper-preview";
const KEY_RESULTS = 3;
const GAP = 8;
const WIDTH = 360;

/** Beside the name, kept inside the window; below the middle of the window it grows upwards. */
function placement(anchor: PreviewAnchor): CSSProperties {
  const left = Math.max(GAP, Math.min(anchor.right + GAP, window.innerWidth - WIDTH - GAP));
  return anchor.top < window.innerHeight / 2
    ? { left, top: anchor.top, width: WIDTH }
    : { left, bottom: window.innerHeight - anchor.bottom, width: WIDTH };
}

/** A paper's summary in the reader's language and its first reported numbers, over the table. */
export function PaperPreview({ paper, anchor, onLeave }: { paper: Paper; anchor: PreviewAnchor; onLeave: () => void }) {
  const { t } = useTranslation("explorer");
  const { language, tag } = useLocale();
  return (
    <div id={PREVIEW_ID} role="tooltip" className={classes.card} style={placement(anchor)} onMouseLeave={onLeave}>
      <div className={classes.name}>{paper.name}</div>
      <p className={classes.summary} lang={tag}>
        {paper.summary[language]}
      </p>
      <div className={classes.heading}>{t("preview.results")}</div>
      <ResultsList results={paper.results.slice(0, KEY_RESULTS)} emptyText={t("preview.noResults")} />
    </div>
  );
}
