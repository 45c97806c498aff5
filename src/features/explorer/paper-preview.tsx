import type { CSSProperties } from "react";
import { createPortal } from "react-dom";
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

/**
 * Beside the name, kept inside the window (no wider or taller than it leaves room for); below the
 * middle of the window it grows upwards.
 */
function placement(anchor: PreviewAnchor): CSSProperties {
  const width = Math.min(WIDTH, window.innerWidth - 2 * GAP);
  const left = Math.max(GAP, Math.min(anchor.right + GAP, window.innerWidth - width - GAP));
  const above = anchor.top >= window.innerHeight / 2;
  const room = above ? anchor.bottom - GAP : window.innerHeight - anchor.top - GAP;
  const maxHeight = `min(420px, 70vh, ${Math.max(0, room)}px)`;
  return above
    ? { left, bottom: window.innerHeight - anchor.bottom, width, maxHeight }
    : { left, top: anchor.top, width, maxHeight };
}

/** A paper's summary in the reader's language and its first reported numbers, over the table. */
export function PaperPreview({ paper, anchor, onLeave }: { paper: Paper; anchor: PreviewAnchor; onLeave: () => void }) {
  const { t } = useTranslation("explorer");
  const { language, tag } = useLocale();
  // In the body: the table's scroller is contained (its own paint boundary), which would make it the
  // card's frame instead of the window, moving the card by the scroller's offset and clipping it.
  return createPortal(
    <div id={PREVIEW_ID} role="tooltip" className={classes.card} style={placement(anchor)} onMouseLeave={onLeave}>
      <div className={classes.name}>{paper.name}</div>
      <p className={classes.summary} lang={tag}>
        {paper.summary[language]}
      </p>
      <div className={classes.heading}>{t("preview.results")}</div>
      <ResultsList results={paper.results.slice(0, KEY_RESULTS)} emptyText={t("preview.noResults")} />
    </div>,
    document.body,
  );
}
