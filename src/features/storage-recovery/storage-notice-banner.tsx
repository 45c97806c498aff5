import { Alert, List } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { onStorageNotice, type StorageNotice } from "../../lib/storage/storage";
import { en } from "./i18n";

const KNOWN_ITEMS = Object.keys(en.item);

/** Tells the user, once, when saved state was damaged, what was kept and where the original went. */
export function StorageNoticeBanner() {
  const { t } = useTranslation("storageRecovery");
  const [notices, setNotices] = useState<StorageNotice[]>([]);
  const [dismissed, setDismissed] = useState(0);
  useEffect(
    () =>
      onStorageNotice((notice) =>
        setNotices((all) => (all.some((n) => n.key === notice.key && n.kind === notice.kind) ? all : [...all, notice])),
      ),
    [],
  );

  const shown = notices.slice(dismissed);
  if (shown.length === 0) return null;
  const describe = (notice: StorageNotice) => {
    const what = t(`item.${(KNOWN_ITEMS.includes(notice.key) ? notice.key : "other") as keyof typeof en.item}`);
    if (notice.kind === "write-failed") return t("write-failed", { what });
    if (notice.backupKey === null) return t("noBackup", { what });
    return t(notice.kind, { what, backup: notice.backupKey });
  };
  return (
    <Alert
      color="yellow"
      title={t("title")}
      withCloseButton
      closeButtonLabel={t("dismiss")}
      onClose={() => setDismissed(notices.length)}
      mb="sm"
      role="alert"
    >
      <List size="sm">
        {shown.map((notice) => (
          <List.Item key={`${notice.key}:${notice.kind}`}>{describe(notice)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
