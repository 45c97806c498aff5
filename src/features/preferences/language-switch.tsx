import { Button } from "@mantine/core";
import { useTranslation } from "../../lib/i18n/use-translation";
import { LANGUAGES, type Language, saveLanguage } from "./language-store";

const LABELS: Record<Language, string> = { en: "EN", zh: "中文" };

/**
 * Two toggle buttons, not Mantine's SegmentedControl: its sliding indicator measures the layout
 * after it mounts, and that forced layout cost the first paint 60–80 ms in paired loads.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation("preferences");
  const current = (LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : "en";
  return (
    <Button.Group aria-label={t("language")}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          size="compact-sm"
          variant={language === current ? "filled" : "default"}
          aria-pressed={language === current}
          lang={language}
          onClick={() => {
            saveLanguage(language);
            void i18n.changeLanguage(language);
          }}
        >
          {LABELS[language]}
        </Button>
      ))}
    </Button.Group>
  );
}
