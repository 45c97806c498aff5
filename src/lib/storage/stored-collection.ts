import { localStore } from "./local-store";
import { fullKeyOf, onReleased, readAt, removeAt, type StoredValue, writeAt } from "./storage";
import { PREFIX } from "./storage-keys";

/**
 * A collection stored one record per key (`paper-explorer:<name>/<id>`), so that two tabs adding
 * or changing different records never write over each other: there is no shared list to go stale.
 * Other tabs' writes arrive through the `storage` event, which the browser fires in every other
 * tab of this origin as soon as a key changes.
 */
export interface StoredCollection<T> extends Omit<StoredValue<T>, "key"> {
  name: string;
}

// No dots: a backup key is the record's key plus ".backup-<time>".
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,119}$/;

export function isRecordId(id: string): boolean {
  return RECORD_ID.test(id);
}

const specOf = <T>({ name, ...rest }: StoredCollection<T>): StoredValue<T> => ({ key: name, ...rest });
const prefixOf = (collection: StoredCollection<unknown>) => `${PREFIX}${collection.name}/`;

function recordIds<T>(collection: StoredCollection<T>): string[] {
  const store = localStore();
  const prefix = prefixOf(collection);
  const ids: string[] = [];
  try {
    for (let i = 0; i < (store?.length ?? 0); i++) {
      const key = store?.key(i);
      if (key?.startsWith(prefix) && isRecordId(key.slice(prefix.length))) ids.push(key.slice(prefix.length));
    }
  } catch {
    return [];
  }
  return ids;
}

export function readRecord<T>(collection: StoredCollection<T>, id: string): T | null {
  return readAt(specOf(collection), { key: collection.name, record: id });
}

export function writeRecord<T>(collection: StoredCollection<T>, id: string, value: T): boolean {
  if (!isRecordId(id)) return false;
  return writeAt(specOf(collection), { key: collection.name, record: id }, value);
}

export function removeRecord<T>(collection: StoredCollection<T>, id: string): boolean {
  return removeAt({ key: collection.name, record: id });
}

/** Every readable record (unreadable ones are backed up and reported, and left out or salvaged). */
export function readCollection<T>(collection: StoredCollection<T>): Map<string, T> {
  const records = new Map<string, T>();
  for (const id of recordIds(collection)) {
    const value = readRecord(collection, id);
    if (value !== null) records.set(id, value);
  }
  return records;
}

export interface CollectionWatcher<T> {
  /** Another tab wrote or removed a record: its value now (validated), or null. */
  changed: (id: string, value: T | null) => void;
  /** Another tab cleared the whole storage. */
  cleared: () => void;
  /** A record held unreadable was discarded by the user: its key may be written again. */
  released: (id: string) => void;
}

export function watchCollection<T>(collection: StoredCollection<T>, watcher: CollectionWatcher<T>): () => void {
  // Outside a browser (unit tests in node) there are no other tabs.
  if (typeof window === "undefined") return () => {};
  const prefix = prefixOf(collection);
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== localStore()) return;
    if (event.key === null) watcher.cleared();
    else if (event.key.startsWith(prefix)) {
      const id = event.key.slice(prefix.length);
      if (isRecordId(id)) watcher.changed(id, readRecord(collection, id));
    }
  };
  window.addEventListener("storage", onStorage);
  const stopReleased = onReleased(prefix, (fullKey) => watcher.released(fullKey.slice(prefix.length)));
  return () => {
    window.removeEventListener("storage", onStorage);
    stopReleased();
  };
}

/** The key a record is stored under (for tests and messages). */
export function recordKey<T>(collection: StoredCollection<T>, id: string): string {
  return fullKeyOf({ key: collection.name, record: id });
}
