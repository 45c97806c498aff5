import { AppShell, VisuallyHidden } from "@mantine/core";
import { Outlet } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CompareTray } from "../features/compare/compare-tray";
import { DatasetGate } from "../features/dataset-loading/dataset-gate";
import { StorageNoticeBanner } from "../features/storage-recovery/storage-notice-banner";
import { AppHeader } from "./app-header";
import classes from "./app-layout.module.css";

export function AppLayout() {
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
        <DatasetGate>
          <Outlet />
        </DatasetGate>
      </AppShell.Main>
      <CompareTray />
    </AppShell>
  );
}
