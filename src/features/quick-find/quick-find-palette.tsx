import { Combobox, Modal, Text, TextInput, useVirtualizedCombobox } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { ShortcutHints } from "../../components/shortcut-keys";
import { useTranslation } from "../../lib/i18n/use-translation";
import { shortcutHandler } from "../../lib/shortcuts/shortcut-handler";
import { LIST_ID, optionId, PaletteResults } from "./palette-results";
import classes from "./quick-find.module.css";
import { quickFind, useQuickFind } from "./quick-find-store";
import { usePaletteItems } from "./use-palette-items";

/**
 * The command palette: a combobox with a grouped listbox of papers (from the app's own search
 * index, which understands Chinese), saved views and actions, in a modal dialog.
 */
export function QuickFindPalette({ onLanguageChange }: { onLanguageChange: (language: "en" | "zh") => void }) {
  const { t } = useTranslation("quickFind");
  const opened = useQuickFind((state) => state.paletteOpen);
  return (
    <Modal.Root opened={opened} onClose={quickFind.closePalette} closeOnEscape={false} size="lg" yOffset="10vh">
      <Modal.Overlay />
      <Modal.Content aria-label={t("searchLabel")}>
        {/* Mounted while open, so each opening starts with the first result highlighted. */}
        <PaletteCombobox onLanguageChange={onLanguageChange} />
      </Modal.Content>
    </Modal.Root>
  );
}

/**
 * The highlighted option is React state, so `aria-activedescendant` and the highlight always agree,
 * and the keys come from the shortcut registry.
 */
function PaletteCombobox({ onLanguageChange }: { onLanguageChange: (language: "en" | "zh") => void }) {
  const { t } = useTranslation("quickFind");
  const query = useQuickFind((state) => state.query);
  // A highlight moved with the keys belongs to its query; a new query highlights its first result.
  const [moved, setMoved] = useState({ query, index: 0 });
  const highlighted = moved.query === query ? moved.index : 0;
  const { groups, more } = usePaletteItems(query, { onHelp: quickFind.openHelp, onLanguageChange, highlighted });
  const items = groups.flatMap((group) => group.items);
  const selected = items.length === 0 ? -1 : Math.min(highlighted, items.length - 1);
  const choose = (index: number) => {
    const item = items[index];
    if (!item) return;
    quickFind.closePalette();
    item.run();
  };
  const combobox = useVirtualizedCombobox({
    opened: true,
    totalOptionsCount: items.length,
    getOptionId: optionId,
    selectedOptionIndex: selected,
    setSelectedOptionIndex: (index) => setMoved({ query, index }),
    onSelectedOptionSubmit: choose,
  });
  const onKeyDown = shortcutHandler("palette", {
    previousResult: () => combobox.selectPreviousOption(),
    nextResult: () => combobox.selectNextOption(),
    chooseResult: () => combobox.clickSelectedOption(),
    close: quickFind.closePalette,
  });

  return (
    <Combobox store={combobox} onOptionSubmit={(value) => choose(items.findIndex((item) => item.id === value))}>
      <TextInput
        data-autofocus
        size="lg"
        variant="unstyled"
        className={classes.field}
        leftSection={<IconSearch size={18} aria-hidden="true" />}
        placeholder={t("placeholder")}
        value={query}
        onChange={(event) => quickFind.setQuery(event.currentTarget.value)}
        onFocus={quickFind.fieldFocused}
        onKeyDown={onKeyDown}
        aria-label={t("searchLabel")}
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={selected >= 0 ? optionId(selected) : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      {query.trim() === "" && (
        <Text size="sm" className={classes.muted} px="md" pt="xs">
          {t("hint")}
        </Text>
      )}
      <PaletteResults groups={groups} selected={selected} />
      {items.length === 0 && <Combobox.Empty py="md">{t("nothingFound", { query })}</Combobox.Empty>}
      {more > 0 && (
        <Text size="xs" className={classes.muted} px="md" pb="xs">
          {t("more", { count: more })}
        </Text>
      )}
      <Combobox.Footer className={classes.footer}>
        <ShortcutHints scope="palette" className={classes.muted} />
      </Combobox.Footer>
    </Combobox>
  );
}
