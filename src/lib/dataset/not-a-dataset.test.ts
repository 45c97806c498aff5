import { describe, expect, it } from "vitest";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { SAVED_VIEWS_FORMAT } from "../library/file-kind";
import { libraryToFile } from "../library/library-file";
import { DATASET_PARTS, notADataset } from "./not-a-dataset";

describe("notADataset", () => {
  it("names a value that is not an object", () => {
    expect(notADataset("A".repeat(1000))).toBe("text");
    expect(notADataset(42)).toBe("number");
    expect(notADataset(false)).toBe("boolean");
    expect(notADataset(null)).toBe("null");
    expect(notADataset([1, 2, 3])).toBe("list");
  });

  it("names the app's library and saved-views files", () => {
    // A library file has a `papers` list: its format is what tells it apart.
    expect(notADataset(JSON.parse(libraryToFile([], [], new Date())))).toBe("library");
    expect(notADataset({ format: SAVED_VIEWS_FORMAT, version: 1, views: [] })).toBe("saved-views");
  });

  it("says an object with none of a dataset's parts is unrelated", () => {
    expect(DATASET_PARTS).toEqual(["schemaVersion", "source", "chapters", "institutions", "papers"]);
    expect(notADataset({ hello: "world" })).toBe("unrelated");
    expect(notADataset({})).toBe("unrelated");
  });

  it("leaves a dataset, even a broken one, to the schema's problems", () => {
    expect(notADataset(makeDataset())).toBeNull();
    expect(notADataset({ schemaVersion: 2 })).toBeNull();
    expect(notADataset({ papers: "none" })).toBeNull();
  });
});
