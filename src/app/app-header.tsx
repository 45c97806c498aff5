import { Anchor, AppShell, Group, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { DatasetMenu } from "../features/dataset-loading/dataset-menu";
import { ColorSchemeToggle } from "../features/preferences/color-scheme-toggle";
import { saveLanguage } from "../features/preferences/language-store";
import { LanguageSwitch } from "../features/preferences/language-switch";
import { QuickFind } from "../features/quick-find/quick-find";
import { SavedViewsMenu } from "../features/saved-views/saved-views-menu";
import classes from "./app-layout.module.css";

/**
 * Memoised: the root route re-renders on every URL change, and the header's menus and controls
 * need not (the nav links follow the URL on their own).
 */
export const AppHeader = memo(function AppHeader() {
  const { t } = useTranslation();
  return (
    <AppShell.Header>
      <Group h="100%" px="md" gap="md" wrap="nowrap" justify="space-between">
        <Group gap="lg" wrap="nowrap">
          <Anchor component={Link} to="/" underline="never" c="inherit">
            <Title order={2} size="h4">
              {t("appName")}
            </Title>
          </Anchor>
          <nav aria-label={t("nav.label")}>
            <Group gap="sm" wrap="nowrap">
              <Link
                to="/"
                search={(prev) => prev}
                className={classes.navLink}
                activeOptions={{ exact: true, includeSearch: false }}
              >
                {t("nav.explorer")}
              </Link>
              <Link to="/compare" search={(prev) => prev} className={classes.navLink}>
                {t("nav.compare")}
              </Link>
              <Link to="/stats" search={(prev) => prev} className={classes.navLink}>
                {t("nav.stats")}
              </Link>
            </Group>
          </nav>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <QuickFind onLanguageChange={saveLanguage} />
          <SavedViewsMenu />
          <DatasetMenu />
          <LanguageSwitch />
          <ColorSchemeToggle />
        </Group>
      </Group>
    </AppShell.Header>
  );
});
