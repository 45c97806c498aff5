import { useOs } from "@mantine/hooks";
import { useTranslation } from "../i18n/use-translation";
import { ariaChord, platformOf, shownKeys } from "./keys";
import { type Shortcut, type ShortcutId, shortcutById } from "./shortcuts";

/** Shortcut labels and keys in the reader's language and as their platform writes them. */
export function useShortcutText() {
  const { t } = useTranslation("shortcuts");
  const platform = platformOf(useOs({ getValueInEffect: false }));
  const keysText = (keys: readonly string[]) =>
    keys.map((chord) => shownKeys(chord, platform).join("+")).join(` ${t("or")} `);
  return {
    or: t("or"),
    label: (label: Shortcut["label"]) => t(`labels.${label}`),
    keys: (chord: string) => shownKeys(chord, platform),
    /** What a button that performs these shortcuts says about them (the first one's label). */
    hint: (first: ShortcutId, ...more: ShortcutId[]) => {
      const keys = [first, ...more].flatMap((id) => shortcutById(id).keys);
      const label = t(`labels.${shortcutById(first).label}`);
      return {
        label,
        tooltip: `${label} (${keysText(keys)})`,
        ariaKeyShortcuts: keys.map(ariaChord).join(" "),
      };
    },
  };
}
