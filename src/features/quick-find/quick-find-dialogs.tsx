import { QuickFindPalette } from "./quick-find-palette";
import { ShortcutHelp } from "./shortcut-help";

interface QuickFindDialogsProps {
  helpOpen: boolean;
  onHelpChange: (open: boolean) => void;
  onLanguageChange: (language: "en" | "zh") => void;
}

/** The palette and the shortcut list: loaded on first use, so they add nothing to the first page load. */
export function QuickFindDialogs({ helpOpen, onHelpChange, onLanguageChange }: QuickFindDialogsProps) {
  return (
    <>
      <QuickFindPalette onHelp={() => onHelpChange(true)} onLanguageChange={onLanguageChange} />
      <ShortcutHelp opened={helpOpen} onClose={() => onHelpChange(false)} />
    </>
  );
}
