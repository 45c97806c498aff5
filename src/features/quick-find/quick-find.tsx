import { ActionIcon, Button, Kbd } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { modKeyLabel } from "./mod-key";
import { QuickFindPalette } from "./quick-find-palette";
import { quickFind } from "./quick-find-store";
import { ShortcutHelp } from "./shortcut-help";
import { useGlobalShortcuts } from "./use-global-shortcuts";

/**
 * The header's search button, the palette it opens (Ctrl/⌘+K or "/") and the shortcut list ("?").
 * `onLanguageChange` saves a language picked in the palette, as the header's switch does.
 */
export function QuickFind({ onLanguageChange }: { onLanguageChange: (language: "en" | "zh") => void }) {
  const { t } = useTranslation("quickFind");
  const [helpOpen, setHelpOpen] = useState(false);
  useGlobalShortcuts({ palette: quickFind.toggle, help: () => setHelpOpen(true) });

  return (
    <>
      <Button
        variant="default"
        visibleFrom="md"
        onClick={quickFind.open}
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
        onClick={quickFind.open}
        aria-label={t("open")}
        aria-keyshortcuts="Control+K Meta+K /"
      >
        <IconSearch size={18} aria-hidden="true" />
      </ActionIcon>
      <QuickFindPalette onHelp={() => setHelpOpen(true)} onLanguageChange={onLanguageChange} />
      <ShortcutHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
