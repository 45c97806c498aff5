import { create } from "zustand";
import type { TextEdit } from "./use-type-ahead";

interface QuickFindState {
  /** The dialogs' code has been asked for; it loads on first use. */
  used: boolean;
  paletteOpen: boolean;
  query: string;
  /** The palette was asked for and its field has not had focus yet: what is typed now is its query. */
  typingAhead: boolean;
  helpOpen: boolean;
}

/**
 * Quick find's state, outside React: the header that owns the shortcuts is mounted again when the
 * dataset finishes loading, and a palette asked for meanwhile must stay open with what was typed.
 */
export const useQuickFind = create<QuickFindState>(() => ({
  used: false,
  paletteOpen: false,
  query: "",
  typingAhead: false,
  helpOpen: false,
}));

const set = useQuickFind.setState;

export const quickFind = {
  openPalette: () => set({ used: true, paletteOpen: true, query: "", typingAhead: true }),
  closePalette: () => set({ paletteOpen: false, typingAhead: false }),
  togglePalette: () => (useQuickFind.getState().paletteOpen ? quickFind.closePalette() : quickFind.openPalette()),
  setQuery: (query: string) => set({ query }),
  editQuery: (edit: TextEdit) => set((state) => ({ query: edit(state.query) })),
  fieldFocused: () => set({ typingAhead: false }),
  openHelp: () => set({ used: true, helpOpen: true }),
  closeHelp: () => set({ helpOpen: false }),
};
