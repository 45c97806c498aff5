import { BACKUP_MARK, PREFIX } from "./storage-keys";

/** Backups of unreadable values are kept this long, and at most this many per value. */
export const BACKUP_DAYS = 30;
const BACKUPS_PER_KEY = 3;
const DAY = 24 * 60 * 60 * 1000;

let cleaned = false;

/** localStorage, or null where the browser blocks it; the first call also deletes old backups. */
export function localStore(): Storage | null {
  let store: Storage;
  try {
    store = window.localStorage;
  } catch {
    return null;
  }
  if (!cleaned) {
    cleaned = true;
    cleanBackups(store, Date.now());
  }
  return store;
}

/** Deletes backups older than BACKUP_DAYS and all but the newest few of each value. */
export function cleanBackups(store: Storage, now: number): void {
  const byKey = new Map<string, { key: string; time: number }[]>();
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      const at = key?.lastIndexOf(BACKUP_MARK) ?? -1;
      if (key === null || !key.startsWith(PREFIX) || at < 0) continue;
      const time = Number(key.slice(at + BACKUP_MARK.length));
      const original = key.slice(0, at);
      byKey.set(original, [...(byKey.get(original) ?? []), { key, time: Number.isFinite(time) ? time : 0 }]);
    }
    for (const backups of byKey.values()) {
      backups.sort((a, b) => b.time - a.time);
      backups.forEach((backup, i) => {
        if (i >= BACKUPS_PER_KEY || now - backup.time > BACKUP_DAYS * DAY) store.removeItem(backup.key);
      });
    }
  } catch {
    // A blocked storage has nothing to clean.
  }
}
