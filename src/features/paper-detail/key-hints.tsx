import { ShortcutHints } from "../../components/shortcut-keys";
import { useTranslation } from "../../lib/i18n/use-translation";
import "./i18n";

/** Makes the pane's keys discoverable; they work wherever focus is, except where a widget owns its keys. */
export function KeyHints() {
  const { t } = useTranslation("detail");
  return <ShortcutHints scope="pane" mt="xl" c="dimmed" aria-label={t("keys.label")} role="note" />;
}
