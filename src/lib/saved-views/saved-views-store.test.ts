// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from "vitest";
import { localStore } from "../storage/local-store";
import { readRecord, recordKey, type StoredCollection, writeRecord } from "../storage/stored-collection";
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

describe("saved views store: renaming", () => {
  const state = () => useSavedViews.getState();
  const shown = (id: string) => state().views.find((view) => view.id === id);
  // Each test saves its own views: storage is cleared after every test, the store's list is not.
  const saveView = (name: string) => {
    const view = state().save(name, `?q=${encodeURIComponent(name)}&chapter=audio`, "2024-02");
    if (!view) throw new Error(`"${name}" was not saved`);
    return view;
  };

  it("changes the name only: same id, query, creation time, seen digest and place in the list", () => {
    const view = saveView("Speech");
    const order = state().views.map((x) => x.id);
    expect(state().rename(view.id, "  Speech in audio ")).toBeNull();
    const renamed = { ...view, name: "Speech in audio" };
    expect(stored(view.id)).toEqual(renamed);
    expect(shown(view.id)).toEqual(renamed);
    expect(state().views.map((x) => x.id)).toEqual(order);
  });

  it("refuses a name another view has, whatever its case and spaces, and changes nothing", () => {
    saveView("Robotics");
    const view = saveView("Vision");
    expect(state().rename(view.id, " ROBOTICS ")).toBe("taken");
    expect(stored(view.id)).toEqual(view);
    expect(shown(view.id)).toEqual(view);
  });

  it("refuses an empty or too long name, and saving refuses a taken one too", () => {
    const view = saveView("Agents");
    expect(state().rename(view.id, "   ")).toBe("empty");
    expect(state().rename(view.id, "x".repeat(101))).toBe("too-long");
    expect(state().save(" agents", "?q=other")).toBeNull();
    expect(stored(view.id)).toEqual(view);
  });

  it("takes the view's own name as a no-op, not as taken; a change of case is a rename", () => {
    const view = saveView("Reasoning");
    const before = state().views;
    expect(state().rename(view.id, " Reasoning ")).toBeNull();
    expect(state().views).toBe(before);
    expect(state().rename(view.id, "reasoning")).toBeNull();
    expect(stored(view.id)).toEqual({ ...view, name: "reasoning" });
  });

  it("keeps what another tab recorded in the meantime", () => {
    const view = saveView("Maths");
    writeRecord(records, view.id, { ...view, seenDigest: "2024-05" });
    expect(state().rename(view.id, "Mathematics")).toBeNull();
    expect(stored(view.id)).toEqual({ ...view, name: "Mathematics", seenDigest: "2024-05" });
  });

  it("does not bring back a view that is gone", () => {
    expect(state().rename("no-such-view", "Anything")).toBeNull();
    expect(stored("no-such-view")).toBeNull();
  });
});

describe("saved views store: two tabs naming two views alike at the same moment", () => {
  const state = () => useSavedViews.getState();
  /** Another tab writes `view`: its record changes, and this tab hears of it. */
  const fromOtherTab = (view: SavedView) => {
    writeRecord(records, view.id, view);
    window.dispatchEvent(new StorageEvent("storage", { key: recordKey(records, view.id), storageArea: localStore() }));
  };

  it("gives the one with the greater id a name of its own, here and in storage", () => {
    const mine = state().save("Speech", "?q=speech");
    if (!mine) throw new Error("not saved");
    // The other tab saved its own "speech" before it heard of this one; its id is greater.
    const theirs: SavedView = { id: `${mine.id}z`, name: "speech", search: "?q=tts", createdAt: mine.createdAt + 1 };
    fromOtherTab(theirs);
    const apart = { ...theirs, name: "speech (2)" };
    expect(stored(theirs.id)).toEqual(apart);
    expect(state().views.find((view) => view.id === theirs.id)).toEqual(apart);
    expect(stored(mine.id)).toEqual(mine);
  });

  it("renames its own view when that one has the greater id (the other tab does the same)", () => {
    const mine = state().save("Music", "?q=music");
    if (!mine) throw new Error("not saved");
    const theirs: SavedView = { id: "0-older", name: "Old name", search: "?q=song", createdAt: 1 };
    fromOtherTab(theirs);
    // The other tab renames its view to the name this one has.
    fromOtherTab({ ...theirs, name: "MUSIC" });
    expect(stored(mine.id)).toEqual({ ...mine, name: "Music (2)" });
    expect(stored(theirs.id)).toEqual({ ...theirs, name: "MUSIC" });
    expect(state().views.filter((view) => view.name.toLowerCase().startsWith("music")).length).toBe(2);
  });
});
