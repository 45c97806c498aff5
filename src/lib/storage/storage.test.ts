// @vitest-environment happy-dom
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it, vi } from "vitest";
import { onStorageNotice, readStored, type StorageNotice, type StoredValue, writeStored } from "./storage";

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
      { key: spec.key, kind: "write-failed", backupKey: null },
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
});
