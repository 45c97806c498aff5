import { CloseButton, TextInput } from "@mantine/core";
import { memo, useRef, useState } from "react";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { MAX_QUERY_LENGTH } from "../../lib/view/view";

// Keystrokes closer together than this belong to one edit and share one history entry.
const TYPING_PAUSE_MS = 1000;

export const SearchBox = memo(function SearchBox() {
  const { t } = useTranslation("explorer");
  const urlQuery = useView((view) => view.q);
  const updateView = useUpdateView();
  // The draft leads the URL while keystrokes are being applied. When the URL changes, it is either
  // one of our own writes landing (ignored) or a change from elsewhere — back button, clear all —
  // which the draft then follows.
  const [draft, setDraft] = useState(urlQuery);
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery);
  const [pendingWrites, setPendingWrites] = useState<string[]>([]);
  if (urlQuery !== seenUrlQuery) {
    setSeenUrlQuery(urlQuery);
    const landed = pendingWrites.indexOf(urlQuery);
    if (landed >= 0) setPendingWrites(pendingWrites.slice(landed + 1));
    else {
      setPendingWrites([]);
      setDraft(urlQuery);
    }
  }
  const lastKeystroke = useRef(Number.NEGATIVE_INFINITY);

  const write = (value: string) => {
    const now = performance.now();
    const replace = now - lastKeystroke.current < TYPING_PAUSE_MS;
    lastKeystroke.current = now;
    const q = value.trim().slice(0, MAX_QUERY_LENGTH);
    setDraft(value);
    setPendingWrites((pending) => [...pending, q]);
    updateView((view) => ({ ...view, q }), { replace });
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
});
