import * as v from "valibot";

/**
 * The only module that touches localStorage. Every value is stored in a versioned envelope;
 * reads are validated and never throw, writes never throw. A value that cannot be read is moved
 * aside to a backup key (so nothing the user saved is destroyed) and reported once.
 */

const PREFIX = "paper-explorer:";
const envelopeSchema = v.object({ version: v.number(), data: v.unknown() });

export interface StorageNotice {
  key: string;
  kind: "corrupted" | "version" | "partial" | "write-failed";
  backupKey: string | null;
}

type Listener = (notice: StorageNotice) => void;
const listeners = new Set<Listener>();
const reported = new Set<string>();
// Stores read their saved state when they are created, before any UI listens: keep what they
// found so the first listener can still tell the user.
const history: StorageNotice[] = [];

function report(notice: StorageNotice): void {
  const id = `${notice.key}:${notice.kind}`;
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

function backend(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function moveAside(store: Storage, fullKey: string, raw: string): string | null {
  const backupKey = `${fullKey}.backup-${Date.now()}`;
  try {
    store.setItem(backupKey, raw);
    store.removeItem(fullKey);
    return backupKey;
  } catch {
    return null;
  }
}

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

export function readStored<T>(spec: StoredValue<T>): T | null {
  const store = backend();
  const fullKey = PREFIX + spec.key;
  const raw = store?.getItem(fullKey) ?? null;
  if (store === null || raw === null) return null;
  let envelope: v.InferOutput<typeof envelopeSchema>;
  try {
    envelope = v.parse(envelopeSchema, JSON.parse(raw));
  } catch {
    report({ key: spec.key, kind: "corrupted", backupKey: moveAside(store, fullKey, raw) });
    return null;
  }
  if (envelope.version === spec.version) {
    const parsed = v.safeParse(spec.schema, envelope.data);
    if (parsed.success) return parsed.output;
  }
  const salvaged = spec.salvage?.(envelope.data, envelope.version) ?? null;
  const kind = envelope.version === spec.version ? (salvaged ? "partial" : "corrupted") : "version";
  report({ key: spec.key, kind, backupKey: moveAside(store, fullKey, raw) });
  if (salvaged !== null) writeStored(spec, salvaged);
  return salvaged;
}

export function writeStored<T>(spec: StoredValue<T>, data: T): boolean {
  const store = backend();
  if (store === null) return false;
  try {
    store.setItem(PREFIX + spec.key, JSON.stringify({ version: spec.version, data }));
    return true;
  } catch {
    report({ key: spec.key, kind: "write-failed", backupKey: null });
    return false;
  }
}
