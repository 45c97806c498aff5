import { CloseButton, TextInput } from "@mantine/core";
import { memo, useRef, useState } from "react";
import { useTranslation } from "../../lib/i18n/use-translation";
import { flushView, TYPING_PAUSE_MS } from "../../lib/view/pending-view";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { MAX_QUERY_LENGTH } from "../../lib/view/view";

// Edits closer together than this belong to one search and share one history entry.
const SAME_SEARCH_MS = 1000 + TYPING_PAUSE_MS;

const normalise = (text: string) => text.trim().slice(0, MAX_QUERY_LENGTH);

/**
 * The search box. Every keystroke changes the view at once; the URL follows when typing pauses,
 * or when the box loses focus or Enter is pressed (see lib/view/pending-view.ts).
 */
export const SearchBox = memo(function SearchBox() {
  const { t } = useTranslation("explorer");
  const viewQuery = useView((view) => view.q);
  const updateView = useUpdateView();
  // What the box shows, spaces and all; the view holds it trimmed. A view change from elsewhere
  // (back button, "clear all", a saved view) replaces it.
  const [text, setText] = useState(viewQuery);
  const [seenQuery, setSeenQuery] = useState(viewQuery);
  if (viewQuery !== seenQuery) {
    setSeenQuery(viewQuery);
    if (viewQuery !== normalise(text)) setText(viewQuery);
  }
  const lastEdit = useRef(Number.NEGATIVE_INFINITY);

  const type = (value: string) => {
    const now = performance.now();
    const replace = now - lastEdit.current < SAME_SEARCH_MS;
    lastEdit.current = now;
    setText(value);
    const q = normalise(value);
    updateView((view) => ({ ...view, q }), { replace, urlAfter: "pause" });
  };

  return (
    <TextInput
      type="search"
      aria-label={t("search.label")}
      placeholder={t("search.placeholder")}
      value={text}
      maxLength={MAX_QUERY_LENGTH}
      onChange={(event) => type(event.currentTarget.value)}
      onBlur={flushView}
      onKeyDown={(event) => {
        if (event.key === "Escape" && text) type("");
        if (event.key === "Enter") flushView();
      }}
      rightSection={text ? <CloseButton aria-label={t("search.clear")} onClick={() => type("")} /> : null}
      w={{ base: "100%", sm: 360 }}
    />
  );
});
