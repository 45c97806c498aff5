import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "../../lib/i18n/use-translation";
import { LANGUAGES, type Language, saveLanguage } from "./language-store";

const LABELS: Record<Language, string> = { en: "EN", zh: "中文" };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation("preferences");
  const current = (LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : "en";
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("language")}
      value={current}
      data={LANGUAGES.map((value) => ({ value, label: LABELS[value] }))}
      onChange={(value) => {
        const language = value as Language;
        saveLanguage(language);
        void i18n.changeLanguage(language);
      }}
    />
  );
}
