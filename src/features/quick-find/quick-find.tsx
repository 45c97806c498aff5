import { ActionIcon, Button, Kbd } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { modKeyLabel } from "./mod-key";
import { quickFind } from "./quick-find-store";
import { useGlobalShortcuts } from "./use-global-shortcuts";

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
  const [helpOpen, setHelpOpen] = useState(false);
  // The dialogs' code loads on first use; the store keeps the "open" asked for meanwhile.
  const [used, setUsed] = useState(false);
  const togglePalette = () => {
    setUsed(true);
    quickFind.toggle();
  };
  const openPalette = () => {
    setUsed(true);
    quickFind.open();
  };
  const openHelp = () => {
    setUsed(true);
    setHelpOpen(true);
  };
  useGlobalShortcuts({ palette: togglePalette, help: openHelp });
  usePreloadWhenIdle();

  return (
    <>
      <Button
        variant="default"
        visibleFrom="md"
        onClick={openPalette}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        rightSection={
          <Kbd size="xs" aria-hidden="true">
            {modKeyLabel()} K
          </Kbd>
        }
        aria-label={t("open")}
        aria-keyshortcuts="Control+K Meta+K /"
      >
        {t("openShort")}
      </Button>
      <ActionIcon
        variant="default"
        size="lg"
        hiddenFrom="md"
        onClick={openPalette}
        aria-label={t("open")}
        aria-keyshortcuts="Control+K Meta+K /"
      >
        <IconSearch size={18} aria-hidden="true" />
      </ActionIcon>
      {used && (
        <Suspense fallback={null}>
          <QuickFindDialogs helpOpen={helpOpen} onHelpChange={setHelpOpen} onLanguageChange={onLanguageChange} />
        </Suspense>
      )}
    </>
  );
}
