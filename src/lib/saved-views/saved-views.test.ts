import { describe, expect, it } from "vitest";
import { MAX_NAME_LENGTH, MAX_VIEWS, renamedApart, type SavedView, viewsToAdd } from "./saved-views";

const view = (name: string, search: string, id = name): SavedView => ({ id, name, search, createdAt: 1 });

describe("views to add from a file", () => {
  it("skips a view saved already (same name and query) and gives each added view an id of its own", () => {
    const here = [view("Audio", "?chapter=audio")];
    const { added, skipped } = viewsToAdd(here, [view("Audio", "?chapter=audio"), view("Video", "?chapter=video")]);
    expect(added.map((v) => v.name)).toEqual(["Video"]);
    expect(added[0]?.id).not.toBe("Video");
    expect(skipped).toBe(0);
  });

  it("names a view whose name is taken by another view after it, numbered from 2, whatever the case", () => {
    const here = [view("Audio", "?chapter=audio"), view("audio (2)", "?q=speech")];
    const { added } = viewsToAdd(here, [view("AUDIO", "?chapter=audio&q=tts"), view("Audio", "?q=music")]);
    expect(added.map((v) => [v.name, v.search])).toEqual([
      ["AUDIO (3)", "?chapter=audio&q=tts"],
      ["Audio (4)", "?q=music"],
    ]);
  });

  it("keeps a numbered name within the length limit", () => {
    const long = "x".repeat(MAX_NAME_LENGTH);
    const { added } = viewsToAdd([view(long, "?q=a")], [view(long, "?q=b")]);
    expect(added[0]?.name).toBe(`${"x".repeat(MAX_NAME_LENGTH - 4)} (2)`);
  });

  it("counts the views the limit leaves out", () => {
    const here = Array.from({ length: MAX_VIEWS - 1 }, (_, i) => view(`View ${i}`, `?q=${i}`));
    const { added, skipped } = viewsToAdd(here, [view("A", "?q=a"), view("B", "?q=b"), view("C", "?q=c")]);
    expect(added.map((v) => v.name)).toEqual(["A"]);
    expect(skipped).toBe(2);
  });
});

describe("two views given one name at once (two tabs)", () => {
  it("names the one with the greater id apart, whichever of the two changed", () => {
    const views = [view("Audio", "?q=a", "b-2"), view("audio", "?q=b", "a-1"), view("Audio (2)", "?q=c", "c-3")];
    const expected = { ...views[0], name: "Audio (3)" };
    expect(renamedApart(views, "b-2")).toEqual(expected);
    expect(renamedApart(views, "a-1")).toEqual(expected);
  });

  it("leaves a view whose name no other view has", () => {
    const views = [view("Audio", "?q=a", "a-1"), view("Video", "?q=b", "b-2")];
    expect(renamedApart(views, "a-1")).toBeNull();
    expect(renamedApart(views, "gone")).toBeNull();
  });
});
