// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from "vitest";
import { readRecord, type StoredCollection, writeRecord } from "../storage/stored-collection";
import { type SavedView, savedViewSchema } from "./saved-views";
import type { useSavedViews as Store } from "./saved-views-store";

// The records as the store keeps them, read and written as another tab would.
const records: StoredCollection<SavedView> = { name: "saved-view", version: 1, schema: savedViewSchema };
const stored = (id: string) => readRecord(records, id);
// A view as versions before "new since" stored it: no seenDigest.
const older = { id: "older-view", name: "Audio", search: "?chapter=audio", createdAt: 1 };

let useSavedViews: typeof Store;

beforeAll(async () => {
  writeRecord(records, older.id, older);
  ({ useSavedViews } = await import("./saved-views-store"));
});

describe("saved views store: what the reader has seen", () => {
  it("loads a view stored without a seen digest as it was", () => {
    expect(useSavedViews.getState().views).toEqual([older]);
  });

  it("records the newest digest a view was saved with", () => {
    const view = useSavedViews.getState().save("Video", "?chapter=video", "2024-02");
    expect(view?.seenDigest).toBe("2024-02");
    expect(stored(view?.id ?? "")).toMatchObject({ name: "Video", seenDigest: "2024-02" });
  });

  it("moves the seen digest forward only, from the stored record", () => {
    const { markSeen } = useSavedViews.getState();
    markSeen(older.id, "2024-03");
    expect(stored(older.id)).toEqual({ ...older, seenDigest: "2024-03" });
    // Another tab saw it with a newer digest in the meantime: an older one does not undo that.
    writeRecord(records, older.id, { ...older, seenDigest: "2024-05" });
    markSeen(older.id, "2024-04");
    expect(stored(older.id)).toEqual({ ...older, seenDigest: "2024-05" });
  });

  it("does not bring back a view that is gone", () => {
    useSavedViews.getState().markSeen("no-such-view", "2024-03");
    expect(stored("no-such-view")).toBeNull();
  });
});
