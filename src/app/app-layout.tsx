import { VisuallyHidden } from "@mantine/core";
import { Outlet } from "@tanstack/react-router";
import { memo, type ReactNode } from "react";
import { CompareTray } from "../features/compare/compare-tray";
import { ArchiveMissingNotice } from "../features/dataset-loading/archive-missing-notice";
import { DatasetRejectedNotice } from "../features/dataset-loading/dataset-rejected-notice";
import { StorageNoticeBanner } from "../features/storage-recovery/storage-notice-banner";
import { useTranslation } from "../lib/i18n/use-translation";
import { AppHeader } from "./app-header";
import classes from "./app-layout.module.css";

/** The shell every page shares, also around the loading and failure screens. */
export const AppFrame = memo(function AppFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={classes.shell}>
      <a href="#main" className={classes.skipLink}>
        {t("skipToContent")}
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1} className={classes.main}>
        <VisuallyHidden>
          <h1>{t("appName")}</h1>
        </VisuallyHidden>
        <StorageNoticeBanner />
        {children}
      </main>
      <CompareTray />
    </div>
  );
});

const PAGE = (
  <>
    <DatasetRejectedNotice />
    <ArchiveMissingNotice />
    <Outlet />
  </>
);

/** The root route's component: the shell around the current page. */
export function AppLayout() {
  return <AppFrame>{PAGE}</AppFrame>;
}
