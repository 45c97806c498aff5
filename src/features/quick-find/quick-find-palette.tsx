import "@mantine/spotlight/styles.css";
import { Text } from "@mantine/core";
import { Spotlight } from "@mantine/spotlight";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import classes from "./quick-find.module.css";
import { quickFindStore } from "./quick-find-store";
import { useHighlightFirst } from "./use-highlight-first";
import { usePaletteItems } from "./use-palette-items";

const LIST_ID = "quick-find-results";
const optionId = (index: number) => `quick-find-option-${index}`;

interface QuickFindPaletteProps {
  onHelp: () => void;
  onLanguageChange: (language: "en" | "zh") => void;
}

/**
 * The command palette: Mantine Spotlight with results from the app's own search index (which
 * understands Chinese), marked up as a combobox and listbox for screen readers.
 */
export function QuickFindPalette({ onHelp, onLanguageChange }: QuickFindPaletteProps) {
  const { t } = useTranslation("quickFind");
  const [query, setQuery] = useState("");
  // Spotlight moves its highlight without notifying subscribers, so the highlighted index is read
  // back once its own handlers have run, for aria-activedescendant.
  const [selected, setSelected] = useState(-1);
  const { groups, more } = usePaletteItems(query, { onHelp, onLanguageChange, highlighted: selected });
  const syncSelected = () => window.setTimeout(() => setSelected(quickFindStore.getState().selected), 0);
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  useHighlightFirst(LIST_ID, groups.flatMap((group) => group.items.map((item) => item.id)).join("\n"), setSelected);
  let index = 0;

  return (
    <Spotlight.Root
      store={quickFindStore}
      query={query}
      onQueryChange={(next) => {
        setQuery(next);
        syncSelected();
      }}
      onSpotlightOpen={() => setSelected(-1)}
      shortcut={null}
      scrollable
      maxHeight={440}
      attributes={{ content: { "aria-label": t("searchLabel") } }}
    >
      <Spotlight.Search
        placeholder={t("placeholder")}
        aria-label={t("searchLabel")}
        role="combobox"
        aria-expanded={count > 0}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={selected >= 0 && selected < count ? optionId(selected) : undefined}
        leftSection={<IconSearch size={18} aria-hidden="true" />}
        onKeyDown={syncSelected}
      />
      <Spotlight.ActionsList id={LIST_ID} role="listbox" aria-label={t("results")}>
        {query.trim() === "" && (
          <Text size="sm" className={classes.muted} px="sm" py={6}>
            {t("hint")}
          </Text>
        )}
        {groups.map((group) => (
          <Spotlight.ActionsGroup
            key={group.id}
            label={t(`groups.${group.id}`)}
            role="group"
            aria-label={t(`groups.${group.id}`)}
          >
            {group.items.map((item) => {
              const position = index++;
              return (
                <Spotlight.Action
                  key={item.id}
                  // Spotlight.Action does not pass `id` on to its element.
                  ref={(element: HTMLButtonElement | null) => {
                    if (element) element.id = optionId(position);
                  }}
                  role="option"
                  aria-selected={position === selected}
                  label={item.label}
                  description={item.description}
                  onClick={item.run}
                />
              );
            })}
          </Spotlight.ActionsGroup>
        ))}
        {more > 0 && (
          <Text size="xs" className={classes.muted} px="sm" py={6}>
            {t("more", { count: more })}
          </Text>
        )}
        {count === 0 && <Spotlight.Empty>{t("nothingFound", { query: query })}</Spotlight.Empty>}
      </Spotlight.ActionsList>
      <Spotlight.Footer>
        <Text size="xs" className={classes.muted}>
          {t("footer")}
        </Text>
      </Spotlight.Footer>
    </Spotlight.Root>
  );
}
