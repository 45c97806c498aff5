import { IconStar, IconStarFilled } from "@tabler/icons-react";
import { READING_STATUSES, type ReadingStatus } from "../lib/library/library-entry";
import { useLibrary, useLibraryEntry } from "../lib/library/library-store";
import { libraryWords } from "../lib/library/library-words";
import type { Language } from "../lib/locale/locale";
import classes from "./paper-library-controls.module.css";

/**
 * A paper's star and reading status, wherever a paper is shown (table rows, the comparison, the
 * detail pane). Plain elements, each subscribed to its own paper's entry only: a row of a
 * virtualised table re-renders when that paper's entry changes, and for nothing else.
 */

interface PaperRef {
  id: string;
  arxivId: string | null;
  name: string;
}

export function PaperStar({ paper, label, size = 18 }: { paper: PaperRef; label: string; size?: number }) {
  const starred = useLibraryEntry(paper)?.starred ?? false;
  const Icon = starred ? IconStarFilled : IconStar;
  return (
    <button
      type="button"
      className={classes.star}
      aria-pressed={starred}
      aria-label={label}
      title={label}
      data-starred={starred || undefined}
      onClick={() => useLibrary.getState().edit(paper, "starred", !starred)}
    >
      <Icon size={size} aria-hidden="true" />
    </button>
  );
}

export function PaperStatus({ paper, label, language }: { paper: PaperRef; label: string; language: Language }) {
  const status = useLibraryEntry(paper)?.status ?? null;
  const words = libraryWords(language);
  return (
    <select
      className={classes.status}
      aria-label={label}
      value={status ?? ""}
      data-status={status ?? undefined}
      onChange={(event) =>
        useLibrary
          .getState()
          .edit(paper, "status", event.currentTarget.value === "" ? null : (event.currentTarget.value as ReadingStatus))
      }
    >
      <option value="">{words.noStatus}</option>
      {READING_STATUSES.map((value) => (
        <option key={value} value={value}>
          {words.status[value]}
        </option>
      ))}
    </select>
  );
}
