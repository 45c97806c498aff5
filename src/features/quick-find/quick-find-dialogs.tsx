import { QuickFindPalette } from "./quick-find-palette";
import { quickFind, useQuickFind } from "./quick-find-store";
import { ShortcutHelp } from "./shortcut-help";

/** The palette and the shortcut list: loaded on first use, so they add nothing to the first page load. */
export function QuickFindDialogs({ onLanguageChange }: { onLanguageChange: (language: "en" | "zh") => void }) {
  const helpOpen = useQuickFind((state) => state.helpOpen);
  return (
    <>
      <QuickFindPalette onLanguageChange={onLanguageChange} />
      <ShortcutHelp opened={helpOpen} onClose={quickFind.closeHelp} />
    </>
  );
}
