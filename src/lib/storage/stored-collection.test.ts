// @vitest-environment happy-dom
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  isRecordId,
  readCollection,
  recordKey,
  removeRecord,
  type StoredCollection,
  watchCollection,
  writeRecord,
} from "./stored-collection";

const notes: StoredCollection<{ text: string }> = {
  name: `notes-${Math.random().toString(36).slice(2)}`,
  version: 1,
  schema: v.object({ text: v.string() }),
};

describe("stored collection", () => {
  it("keeps one key per record and reads them all back, leaving backups and other keys out", () => {
    writeRecord(notes, "a", { text: "first" });
    writeRecord(notes, "b", { text: "second" });
    localStorage.setItem(`${recordKey(notes, "a")}.backup-1`, "old");
    localStorage.setItem(recordKey(notes, "c"), "{not json");
    expect(Object.fromEntries(readCollection(notes))).toEqual({ a: { text: "first" }, b: { text: "second" } });
    removeRecord(notes, "b");
    expect([...readCollection(notes).keys()]).toEqual(["a"]);
  });

  it("refuses ids that could not name a key of their own", () => {
    expect(isRecordId("multibooth")).toBe(true);
    expect(isRecordId("a.backup-1")).toBe(false);
    expect(isRecordId("")).toBe(false);
    expect(writeRecord(notes, "a/b", { text: "x" })).toBe(false);
  });

  it("hears another tab's writes and removals through the storage event, validated", () => {
    const heard: [string, { text: string } | null][] = [];
    const stop = watchCollection(notes, {
      changed: (id, value) => heard.push([id, value]),
      cleared: () => heard.push(["*", null]),
      released: () => {},
    });
    const fromOtherTab = (key: string | null, value: string | null) => {
      if (key !== null && value !== null) localStorage.setItem(key, value);
      else if (key !== null) localStorage.removeItem(key);
      window.dispatchEvent(new StorageEvent("storage", { key, newValue: value, storageArea: localStorage }));
    };
    fromOtherTab(recordKey(notes, "x"), JSON.stringify({ version: 1, data: { text: "from B" } }));
    fromOtherTab(recordKey(notes, "x"), null);
    fromOtherTab("paper-explorer:something-else", "1");
    fromOtherTab(null, null);
    stop();
    fromOtherTab(recordKey(notes, "y"), JSON.stringify({ version: 1, data: { text: "unheard" } }));
    expect(heard).toEqual([
      ["x", { text: "from B" }],
      ["x", null],
      ["*", null],
    ]);
  });
});
