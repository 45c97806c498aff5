import { CloseButton, TextInput } from "@mantine/core";
import { useRouter } from "@tanstack/react-router";
import { memo, useEffect, useRef, useState } from "react";
import { useTranslation } from "../../lib/i18n/use-translation";
import { usePendingQuery } from "../../lib/view/pending-query";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { MAX_QUERY_LENGTH } from "../../lib/view/view";

// The URL gets the typed text once typing pauses this long (or the box loses focus): the view
// follows every keystroke at once, the history and the router only each pause.
const URL_WRITE_PAUSE_MS = 300;
// Edits closer together than this belong to one search and share one history entry.
const SAME_SEARCH_MS = 1000;

const normalise = (text: string) => text.trim().slice(0, MAX_QUERY_LENGTH);

export const SearchBox = memo(function SearchBox() {
  const { t } = useTranslation("explorer");
  const router = useRouter();
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
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastWrite = useRef(Number.NEGATIVE_INFINITY);

  const writeUrl = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (usePendingQuery.getState().q === null) return;
    const now = performance.now();
    const replace = now - lastWrite.current < SAME_SEARCH_MS + URL_WRITE_PAUSE_MS;
    lastWrite.current = now;
    updateView((view) => view, { replace });
  };
  const writeUrlRef = useRef(writeUrl);
  writeUrlRef.current = writeUrl;

  useEffect(() => {
    // Back and forward show another entry's view: text typed for the one left behind is dropped.
    const stop = router.history.subscribe(({ action }) => {
      if (action.type === "BACK" || action.type === "FORWARD" || action.type === "GO") {
        clearTimeout(timer.current);
        usePendingQuery.setState({ q: null });
      }
    });
    // Leaving the page writes what was typed, so a reload or a restored tab keeps it.
    const flush = () => writeUrlRef.current();
    window.addEventListener("pagehide", flush);
    return () => {
      stop();
      window.removeEventListener("pagehide", flush);
      clearTimeout(timer.current);
    };
  }, [router]);

  const type = (value: string) => {
    setText(value);
    usePendingQuery.setState({ q: normalise(value) });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => writeUrlRef.current(), URL_WRITE_PAUSE_MS);
  };

  return (
    <TextInput
      type="search"
      aria-label={t("search.label")}
      placeholder={t("search.placeholder")}
      value={text}
      maxLength={MAX_QUERY_LENGTH}
      onChange={(event) => type(event.currentTarget.value)}
      onBlur={() => writeUrl()}
      onKeyDown={(event) => {
        if (event.key === "Escape" && text) type("");
        if (event.key === "Enter") writeUrl();
      }}
      rightSection={text ? <CloseButton aria-label={t("search.clear")} onClick={() => type("")} /> : null}
      w={{ base: "100%", sm: 360 }}
    />
  );
});
