import * as v from "valibot";
import { localStore } from "./local-store";
import { BACKUP_MARK, PREFIX } from "./storage-keys";
import { report, type StorageNotice, type StoredPlace, unreadable } from "./storage-notices";

/**
 * The only module that touches localStorage (with its helpers in this folder). Every value is
 * stored in a versioned envelope; reads are validated and never throw, writes never throw. A value
 * that cannot be read is never overwritten: it is copied to a backup key first, and when even that
 * fails it stays where it is and the app does not write that key until the user downloads or
 * discards it (see storage-notices.ts).
 */

export { onStorageNotice, type StorageNotice, type StoredPlace } from "./storage-notices";

const envelopeSchema = v.object({ version: v.number(), data: v.unknown() });

export interface StoredValue<T> {
  key: string;
  version: number;
  schema: v.GenericSchema<unknown, T>;
  /**
   * Salvages what it can from a value that failed the schema or came from another version.
   * Returns null when nothing is worth keeping.
   */
  salvage?: (data: unknown, fromVersion: number) => T | null;
}

export function fullKeyOf(place: StoredPlace): string {
  return PREFIX + place.key + (place.record === null ? "" : `/${place.record}`);
}

/** Copies an unreadable value to a backup key; null when the browser would not store it. */
function copyAside(store: Storage, fullKey: string, raw: string): string | null {
  const backupKey = `${fullKey}${BACKUP_MARK}${Date.now()}`;
  try {
    store.setItem(backupKey, raw);
    return backupKey;
  } catch {
    return null;
  }
}

/** Reads the value at a place: validated, salvaged where possible, never throwing. */
export function readAt<T>(spec: StoredValue<T>, place: StoredPlace): T | null {
  const store = localStore();
  const fullKey = fullKeyOf(place);
  if (store === null) return null;
  let raw: string | null;
  try {
    raw = store.getItem(fullKey);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let envelope: v.InferOutput<typeof envelopeSchema> | null = null;
  try {
    envelope = v.parse(envelopeSchema, JSON.parse(raw));
  } catch {
    envelope = null;
  }
  if (envelope?.version === spec.version) {
    const parsed = v.safeParse(spec.schema, envelope.data);
    if (parsed.success) return parsed.output;
  }
  // Already reported and held in place (no room for a backup): read it again, write nothing.
  const held = unreadable.isHeld(fullKey);
  const salvaged = envelope ? (spec.salvage?.(envelope.data, envelope.version) ?? null) : null;
  if (held) return salvaged;
  const kind =
    envelope === null
      ? "corrupted"
      : envelope.version !== spec.version
        ? "version"
        : salvaged
          ? "partial"
          : "corrupted";
  const backupKey = copyAside(store, fullKey, raw);
  if (backupKey === null) {
    unreadable.hold(fullKey);
    report({ ...place, kind, backupKey: null, heldKey: fullKey });
    return salvaged;
  }
  report({ ...place, kind, backupKey, heldKey: null });
  // The original is safe in its backup: the key now holds what could be kept, or nothing.
  if (salvaged !== null) writeAt(spec, place, salvaged);
  else removeAt(place);
  return salvaged;
}

/** Writes a value; false when it could not be stored (full, blocked, or held for the user to decide). */
export function writeAt<T>(spec: StoredValue<T>, place: StoredPlace, data: T): boolean {
  const store = localStore();
  const fullKey = fullKeyOf(place);
  if (store === null || unreadable.isHeld(fullKey)) return false;
  try {
    store.setItem(fullKey, JSON.stringify({ version: spec.version, data }));
    return true;
  } catch {
    report({ ...place, kind: "write-failed", backupKey: null, heldKey: null });
    return false;
  }
}

/** Removes a value (never one held for the user to decide on). */
export function removeAt(place: StoredPlace): boolean {
  const store = localStore();
  const fullKey = fullKeyOf(place);
  if (store === null || unreadable.isHeld(fullKey)) return false;
  try {
    store.removeItem(fullKey);
    return true;
  } catch {
    return false;
  }
}

const single = (key: string): StoredPlace => ({ key, record: null });

export function readStored<T>(spec: StoredValue<T>): T | null {
  return readAt(spec, single(spec.key));
}

export function writeStored<T>(spec: StoredValue<T>, data: T): boolean {
  return writeAt(spec, single(spec.key), data);
}

export function removeStored<T>(spec: StoredValue<T>): boolean {
  return removeAt(single(spec.key));
}

/** The text of an unreadable value the notice is about (from its backup, or where it was held). */
export function unreadableText(notice: StorageNotice): string | null {
  const key = notice.backupKey ?? notice.heldKey;
  if (key === null) return null;
  try {
    return localStore()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Deletes an unreadable value the user no longer wants: its backup, or the value held in place
 * (whose key the app may then write again: its owner is told, and saves what it has).
 */
export function discardUnreadable(notice: StorageNotice): boolean {
  const store = localStore();
  const key = notice.backupKey ?? notice.heldKey;
  if (store === null || key === null) return false;
  try {
    store.removeItem(key);
  } catch {
    return false;
  }
  if (notice.heldKey !== null) unreadable.release(notice.heldKey);
  return true;
}

/** Calls `listener` when a held key is released (discarded), so its owner can save what it has. */
export function onReleased(fullKeyPrefix: string, listener: (fullKey: string) => void): () => void {
  return unreadable.onRelease((fullKey) => {
    if (fullKey.startsWith(fullKeyPrefix)) listener(fullKey);
  });
}
