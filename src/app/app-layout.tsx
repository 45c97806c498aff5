import { AppShell, VisuallyHidden } from "@mantine/core";
import { Outlet } from "@tanstack/react-router";
import { memo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CompareTray } from "../features/compare/compare-tray";
import { DatasetRejectedNotice } from "../features/dataset-loading/dataset-rejected-notice";
import { StorageNoticeBanner } from "../features/storage-recovery/storage-notice-banner";
import { AppHeader } from "./app-header";
import classes from "./app-layout.module.css";

/** The shell every page shares, also around the loading and failure screens. */
export const AppFrame = memo(function AppFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <a href="#main" className={classes.skipLink}>
        {t("skipToContent")}
      </a>
      <AppHeader />
      <AppShell.Main id="main" tabIndex={-1}>
        <VisuallyHidden>
          <h1>{t("appName")}</h1>
        </VisuallyHidden>
        <StorageNoticeBanner />
        {children}
      </AppShell.Main>
      <CompareTray />
    </AppShell>
  );
});

const PAGE = (
  <>
    <DatasetRejectedNotice />
    <Outlet />
  </>
);

/** The root route's component: the shell around the current page. */
export function AppLayout() {
  return <AppFrame>{PAGE}</AppFrame>;
}
