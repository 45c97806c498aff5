import { CloseButton, TextInput } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useUpdateViewSearch, useViewSearch } from "../../lib/view-search/use-view-search";
import { MAX_QUERY_LENGTH } from "../../lib/view-search/view-search";

// Keystrokes closer together than this belong to one edit and share one history entry.
const TYPING_PAUSE_MS = 1000;

export function SearchBox() {
  const { t } = useTranslation("explorer");
  const urlQuery = useViewSearch().q ?? "";
  const updateSearch = useUpdateViewSearch();
  // The draft only differs from the URL while the router applies a keystroke; when the URL changes
  // from elsewhere (back button, clear all) the draft follows it.
  const [draft, setDraft] = useState(urlQuery);
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery);
  if (urlQuery !== seenUrlQuery) {
    setSeenUrlQuery(urlQuery);
    setDraft(urlQuery);
  }
  const lastKeystroke = useRef(0);

  const write = (value: string) => {
    const now = performance.now();
    const replace = now - lastKeystroke.current < TYPING_PAUSE_MS;
    lastKeystroke.current = now;
    setDraft(value);
    setSeenUrlQuery(value.trim());
    updateSearch({ q: value.trim() || undefined }, { replace });
  };

  return (
    <TextInput
      type="search"
      aria-label={t("search.label")}
      placeholder={t("search.placeholder")}
      value={draft}
      maxLength={MAX_QUERY_LENGTH}
      onChange={(event) => write(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === "Escape" && draft) write("");
      }}
      rightSection={draft ? <CloseButton aria-label={t("search.clear")} onClick={() => write("")} /> : null}
      w={{ base: "100%", sm: 360 }}
    />
  );
}
