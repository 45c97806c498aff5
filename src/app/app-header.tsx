import { Anchor, Burger, Group, Stack, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link } from "@tanstack/react-router";
import { memo } from "react";
import { LazyDrawer } from "../components/lazy-drawer";
import { useNarrowScreen } from "../components/use-narrow-screen";
import { usePaperOpen } from "../components/use-open-paper";
import { DatasetButton } from "../features/dataset-loading/dataset-button";
import { LibraryButton } from "../features/library/library-button";
import { ColorSchemeToggle } from "../features/preferences/color-scheme-toggle";
import { saveLanguage } from "../features/preferences/language-store";
import { LanguageSwitch } from "../features/preferences/language-switch";
import { QuickFind } from "../features/quick-find/quick-find";
import { SavedViewsButton } from "../features/saved-views/saved-views-button";
import { useTranslation } from "../lib/i18n/use-translation";
import classes from "./app-layout.module.css";

// An open paper is part of the papers page (the table stays beside it), so "Papers" stays current there.
const CURRENT = { "aria-current": "page", "data-status": "active" } as const;

function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const paperOpen = usePaperOpen();
  return (
    <nav aria-label={t("nav.label")}>
      <Group gap="sm" wrap="nowrap" className={classes.nav}>
        <Link
          to="/"
          className={classes.navLink}
          activeOptions={{ exact: true, includeSearch: false }}
          inactiveProps={paperOpen ? CURRENT : undefined}
          onClick={onNavigate}
        >
          {t("nav.explorer")}
        </Link>
        <Link to="/compare" search={(prev) => prev} className={classes.navLink} onClick={onNavigate}>
          {t("nav.compare")}
        </Link>
        <Link to="/stats" className={classes.navLink} onClick={onNavigate}>
          {t("nav.stats")}
        </Link>
      </Group>
    </nav>
  );
}

function Controls({ withLabels = false }: { withLabels?: boolean }) {
  return (
    <>
      <LibraryButton />
      <SavedViewsButton />
      <DatasetButton />
      <LanguageSwitch />
      <ColorSchemeToggle withLabel={withLabels} />
    </>
  );
}

/**
 * Memoised: the root route re-renders on every URL change, and the header's menus and controls
 * need not (the nav links follow the URL on their own). On narrow screens the navigation and
 * controls move into a drawer.
 */
export const AppHeader = memo(function AppHeader() {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const [menuOpen, menu] = useDisclosure(false);
  return (
    <header className={classes.header}>
      <Group h="100%" px="md" gap="md" wrap="nowrap" justify="space-between">
        <Group gap="lg" wrap="nowrap">
          <Anchor component={Link} to="/" underline="never" c="inherit">
            <Title order={2} size="h4" className={classes.brand}>
              {t("appName")}
            </Title>
          </Anchor>
          {!narrow && <NavLinks />}
        </Group>
        <Group gap="sm" wrap="nowrap">
          {/* Always mounted: it owns the page-wide shortcuts. */}
          <QuickFind onLanguageChange={saveLanguage} />
          {narrow ? <Burger opened={menuOpen} onClick={menu.toggle} aria-label={t("menu")} /> : <Controls />}
        </Group>
      </Group>
      {narrow && (
        <LazyDrawer opened={menuOpen} onClose={menu.close} position="right" size="xs" title={t("menu")}>
          <Stack gap="md" align="flex-start">
            <NavLinks onNavigate={menu.close} />
            <Controls withLabels />
          </Stack>
        </LazyDrawer>
      )}
    </header>
  );
});
