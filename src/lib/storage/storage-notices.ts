/**
 * What the user is told about saved state: values that could not be read (and where their
 * original went) and writes the browser refused. Kept here so a listener that comes late (the
 * banner mounts after the stores have read their state) still hears everything.
 */

/** Where a value lives: a setting's key, or a collection's name and one record's id. */
export interface StoredPlace {
  key: string;
  record: string | null;
}

export interface StorageNotice extends StoredPlace {
  kind: "corrupted" | "version" | "partial" | "write-failed";
  /** Where the unreadable original was copied. */
  backupKey: string | null;
  /**
   * The key of an unreadable value left in place because no backup could be written: the app
   * keeps it read-only until the user downloads or discards it.
   */
  heldKey: string | null;
}

type Listener = (notice: StorageNotice) => void;
const listeners = new Set<Listener>();
const reported = new Set<string>();
const history: StorageNotice[] = [];

export function noticeId(notice: StorageNotice): string {
  return `${notice.key}/${notice.record ?? ""}:${notice.kind}`;
}

export function report(notice: StorageNotice): void {
  const id = noticeId(notice);
  if (reported.has(id)) return;
  reported.add(id);
  history.push(notice);
  for (const listener of listeners) listener(notice);
}

/** Calls `listener` with every notice so far and each new one; returns an unsubscribe function. */
export function onStorageNotice(listener: Listener): () => void {
  for (const notice of history) listener(notice);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const held = new Set<string>();
const releaseListeners = new Set<(fullKey: string) => void>();

/** Keys holding a value the app could not read nor back up: never written until released. */
export const unreadable = {
  isHeld: (fullKey: string) => held.has(fullKey),
  hold: (fullKey: string) => void held.add(fullKey),
  release(fullKey: string) {
    if (!held.delete(fullKey)) return;
    for (const listener of releaseListeners) listener(fullKey);
  },
  onRelease(listener: (fullKey: string) => void): () => void {
    releaseListeners.add(listener);
    return () => releaseListeners.delete(listener);
  },
};
