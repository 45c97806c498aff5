// @vitest-environment happy-dom
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it, vi } from "vitest";
import { cleanBackups } from "./local-store";
import {
  discardUnreadable,
  onReleased,
  onStorageNotice,
  readStored,
  type StorageNotice,
  type StoredValue,
  unreadableText,
  writeStored,
} from "./storage";

const spec: StoredValue<string[]> = {
  key: `test-${Math.random()}`,
  version: 2,
  schema: v.array(v.string()),
  salvage: (data) => (Array.isArray(data) ? data.filter((x): x is string => typeof x === "string") : null),
};
const fullKey = `paper-explorer:${spec.key}`;
const backups = () => Object.keys(localStorage).filter((key) => key.startsWith(`${fullKey}.backup-`));

describe("storage", () => {
  it("reads back what it wrote", () => {
    writeStored(spec, ["a", "b"]);
    expect(readStored(spec)).toEqual(["a", "b"]);
  });

  it("moves corrupted JSON aside, reports it once and returns nothing", () => {
    const notices: StorageNotice[] = [];
    const stop = onStorageNotice((notice) => notices.push(notice));
    localStorage.setItem(fullKey, "{not json");
    expect(readStored(spec)).toBeNull();
    expect(localStorage.getItem(fullKey)).toBeNull();
    expect(backups().map((key) => localStorage.getItem(key))).toEqual(["{not json"]);
    localStorage.setItem(fullKey, "{still not json");
    readStored(spec);
    stop();
    expect(notices.map((n) => n.kind)).toEqual(["corrupted"]);
    // A listener that comes later still hears about it.
    const late: StorageNotice[] = [];
    onStorageNotice((notice) => late.push(notice))();
    expect(late.map((n) => n.kind)).toContain("corrupted");
  });

  it("keeps the good part of a value from another version and backs up the original", () => {
    const original = JSON.stringify({ version: 1, data: ["keep", 42, "also"] });
    localStorage.setItem(fullKey, original);
    expect(readStored(spec)).toEqual(["keep", "also"]);
    expect(backups().map((key) => localStorage.getItem(key))).toEqual([original]);
    // The salvaged value is written back in the current version.
    expect(readStored(spec)).toEqual(["keep", "also"]);
  });

  it("does not throw when the quota is exceeded, and reports the failed write", () => {
    const notices: StorageNotice[] = [];
    const stop = onStorageNotice((notice) => notices.push(notice));
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    vi.stubGlobal("localStorage", full);
    try {
      expect(writeStored(spec, ["x"])).toBe(false);
    } finally {
      vi.unstubAllGlobals();
      stop();
    }
    expect(notices.filter((n) => n.kind === "write-failed")).toEqual([
      { key: spec.key, record: null, kind: "write-failed", backupKey: null, heldKey: null },
    ]);
  });

  it("never throws on arbitrary stored strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        localStorage.setItem(fullKey, raw);
        const value = readStored(spec);
        expect(value === null || Array.isArray(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("never overwrites a value it can neither read nor back up: it holds it read-only until discarded", () => {
    const held: StoredValue<string[]> = { ...spec, key: `held-${Math.random()}` };
    const key = `paper-explorer:${held.key}`;
    const future = JSON.stringify({ version: 9, data: { shape: "from a newer version" } });
    // A storage that is full until `full` is turned off: nothing can be written, not even a backup.
    const items = new Map([[key, future]]);
    let full = true;
    const storage = {
      get length() {
        return items.size;
      },
      key: (i: number) => [...items.keys()][i] ?? null,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, value: string) => {
        if (full) throw new DOMException("full", "QuotaExceededError");
        items.set(k, value);
      },
      removeItem: (k: string) => void items.delete(k),
    };
    vi.stubGlobal("localStorage", storage);
    const notices: StorageNotice[] = [];
    try {
      expect(readStored(held)).toBeNull();
      full = false;
      // Room again, but the value is still the user's to decide on: writes are refused.
      expect(writeStored(held, ["new"])).toBe(false);
      expect(items.get(key)).toBe(future);
      onStorageNotice((notice) => notices.push(notice))();
      const notice = notices.find((n) => n.key === held.key) as StorageNotice;
      expect(notice).toMatchObject({ kind: "version", backupKey: null, heldKey: key });
      expect(unreadableText(notice)).toBe(future);

      const released: string[] = [];
      const stopReleased = onReleased(key, (fullKey) => released.push(fullKey));
      expect(discardUnreadable(notice)).toBe(true);
      stopReleased();
      expect(items.has(key)).toBe(false);
      expect(released).toEqual([key]);
      expect(writeStored(held, ["new"])).toBe(true);
      expect(readStored(held)).toEqual(["new"]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("offers a backed-up original for download, and discarding deletes the backup", () => {
    const backedUp: StoredValue<string[]> = { ...spec, key: `backed-${Math.random()}` };
    localStorage.setItem(`paper-explorer:${backedUp.key}`, "{broken");
    readStored(backedUp);
    const notices: StorageNotice[] = [];
    onStorageNotice((notice) => notices.push(notice))();
    const notice = notices.find((n) => n.key === backedUp.key) as StorageNotice;
    expect(notice.backupKey).toMatch(/\.backup-\d+$/);
    expect(unreadableText(notice)).toBe("{broken");
    discardUnreadable(notice);
    expect(localStorage.getItem(notice.backupKey as string)).toBeNull();
  });

  it("cleans up backups older than 30 days and keeps at most three per value", () => {
    const day = 24 * 60 * 60 * 1000;
    const now = 100 * day;
    const base = "paper-explorer:cleanup";
    for (const age of [0, 1, 2, 3, 40]) localStorage.setItem(`${base}.backup-${now - age * day}`, "x");
    localStorage.setItem("someone-else.backup-1", "theirs");
    cleanBackups(localStorage, now);
    const left = Object.keys(localStorage).filter((key) => key.startsWith(`${base}.backup-`));
    expect(left.sort()).toEqual([0, 1, 2].map((age) => `${base}.backup-${now - age * day}`).sort());
    expect(localStorage.getItem("someone-else.backup-1")).toBe("theirs");
  });
});
