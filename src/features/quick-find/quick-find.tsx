import { ActionIcon, Button, Kbd } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { lazy, Suspense, useEffect } from "react";
import { useTranslation } from "../../lib/i18n/use-translation";
import { shortcutById } from "../../lib/shortcuts/shortcuts";
import { useShortcutText } from "../../lib/shortcuts/use-shortcut-text";
import { useShortcuts } from "../../lib/shortcuts/use-shortcuts";
import { quickFind, useQuickFind } from "./quick-find-store";
import { useTypeAhead } from "./use-type-ahead";

const loadDialogs = () => import("./quick-find-dialogs");
const QuickFindDialogs = lazy(() => loadDialogs().then((module) => ({ default: module.QuickFindDialogs })));

/** Fetches the dialogs once the page is idle, so the first Ctrl/⌘+K does not wait for the network. */
function usePreloadWhenIdle() {
  useEffect(() => {
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(() => void loadDialogs());
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(() => void loadDialogs(), 2000);
    return () => window.clearTimeout(id);
  }, []);
}

/**
 * The header's search button, the palette it opens (Ctrl/⌘+K or "/") and the shortcut list ("?").
 * `onLanguageChange` saves a language picked in the palette, as the header's switch does.
 */
export function QuickFind({ onLanguageChange }: { onLanguageChange: (language: "en" | "zh") => void }) {
  const { t } = useTranslation("quickFind");
  const text = useShortcutText();
  const hint = text.hint("palette", "palette-slash");
  const used = useQuickFind((state) => state.used);
  const typingAhead = useQuickFind((state) => state.typingAhead);
  useShortcuts("global", { togglePalette: quickFind.togglePalette, showHelp: quickFind.openHelp });
  useTypeAhead(typingAhead, quickFind.editQuery);
  usePreloadWhenIdle();

  return (
    <>
      <Button
        variant="default"
        visibleFrom="md"
        onClick={quickFind.openPalette}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        rightSection={
          <Kbd size="xs" aria-hidden="true">
            {shortcutById("palette")
              .keys.flatMap((chord) => text.keys(chord))
              .join(" ")}
          </Kbd>
        }
        aria-label={t("open")}
        aria-keyshortcuts={hint.ariaKeyShortcuts}
      >
        {t("openShort")}
      </Button>
      {/* A native tooltip: Mantine's would bring its positioning code into the first page load. */}
      <ActionIcon
        variant="default"
        size="lg"
        hiddenFrom="md"
        onClick={quickFind.openPalette}
        aria-label={t("open")}
        aria-keyshortcuts={hint.ariaKeyShortcuts}
        title={hint.tooltip}
      >
        <IconSearch size={18} aria-hidden="true" />
      </ActionIcon>
      {used && (
        <Suspense fallback={null}>
          <QuickFindDialogs onLanguageChange={onLanguageChange} />
        </Suspense>
      )}
    </>
  );
}
