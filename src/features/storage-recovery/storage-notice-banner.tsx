import { Alert, Button, Group, List, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { downloadFile } from "../../lib/export/download";
import { useTranslation } from "../../lib/i18n/use-translation";
import { BACKUP_DAYS } from "../../lib/storage/local-store";
import { discardUnreadable, onStorageNotice, type StorageNotice, unreadableText } from "../../lib/storage/storage";
import { noticeId } from "../../lib/storage/storage-notices";
import { en } from "./i18n";

type Item = keyof typeof en.item;
const KNOWN_ITEMS = Object.keys(en.item);
// Names that are plural in English take "were" and "them".
const PLURAL: ReadonlySet<string> = new Set(["saved-views", "columns", "compare-tray"]);

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * Tells the user, once, when saved state was damaged: what was kept, and what happened to the
 * original, which they can download or discard.
 */
export function StorageNoticeBanner() {
  const { t } = useTranslation("storageRecovery");
  const [notices, setNotices] = useState<StorageNotice[]>([]);
  const [dismissed, setDismissed] = useState(0);
  const [discarded, setDiscarded] = useState<ReadonlySet<string>>(new Set());
  useEffect(
    () =>
      onStorageNotice((notice) =>
        setNotices((all) => (all.some((n) => noticeId(n) === noticeId(notice)) ? all : [...all, notice])),
      ),
    [],
  );

  const shown = notices.slice(dismissed);
  if (shown.length === 0) return null;
  const describe = (notice: StorageNotice) => {
    const item = (KNOWN_ITEMS.includes(notice.key) ? notice.key : "other") as Item;
    const what = t(`item.${item}`, { record: notice.record ?? "" });
    const form = PLURAL.has(item) ? "many" : "one";
    const kind = notice.heldKey !== null ? "held" : notice.kind;
    const sentence = t(`${form}.${kind}`, { what, What: capitalized(what) });
    return notice.backupKey === null ? sentence : `${sentence} ${t("kept", { days: BACKUP_DAYS })}`;
  };
  const download = (notice: StorageNotice) => {
    const text = unreadableText(notice);
    if (text === null) return;
    const name = `paper-explorer-${notice.key}${notice.record ? `-${notice.record}` : ""}-unreadable.json`;
    downloadFile({ name, type: "application/json", text });
  };
  const discard = (notice: StorageNotice) => {
    if (discardUnreadable(notice)) setDiscarded((all) => new Set(all).add(noticeId(notice)));
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
      <List size="sm" spacing="xs">
        {shown.map((notice) => (
          <List.Item key={noticeId(notice)}>
            {describe(notice)}
            {notice.kind !== "write-failed" &&
              (discarded.has(noticeId(notice)) ? (
                <Text size="sm" fw={500}>
                  {t("discarded")}
                </Text>
              ) : (
                <Group gap="xs" mt={4}>
                  <Button size="compact-xs" variant="default" onClick={() => download(notice)}>
                    {t("download")}
                  </Button>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => discard(notice)}>
                    {t("discard")}
                  </Button>
                </Group>
              ))}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
