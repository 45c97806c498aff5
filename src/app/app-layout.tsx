import { Anchor, AppShell, Group, Title, VisuallyHidden } from "@mantine/core";
import { Link, Outlet } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CompareTray } from "../features/compare/compare-tray";
import { DatasetGate } from "../features/dataset-loading/dataset-gate";
import { ColorSchemeToggle } from "../features/preferences/color-scheme-toggle";
import { saveLanguage } from "../features/preferences/language-store";
import { LanguageSwitch } from "../features/preferences/language-switch";
import { QuickFind } from "../features/quick-find/quick-find";
import { SavedViewsMenu } from "../features/saved-views/saved-views-menu";
import classes from "./app-layout.module.css";

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <a href="#main" className={classes.skipLink}>
        {t("skipToContent")}
      </a>
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
            <LanguageSwitch />
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <VisuallyHidden>
          <h1>{t("appName")}</h1>
        </VisuallyHidden>
        <DatasetGate>
          <Outlet />
        </DatasetGate>
      </AppShell.Main>
      <CompareTray />
    </AppShell>
  );
}
