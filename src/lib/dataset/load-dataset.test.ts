import { describe, expect, it } from "vitest";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { libraryToFile } from "../library/library-file";
import { readDataset } from "./load-dataset";

const read = (text: string) => readDataset(new Blob([text]), "file.json");

describe("readDataset, the way every dataset is opened", () => {
  it("says a file is not a dataset at all before checking it against the schema", async () => {
    const cases: [string, string][] = [
      [JSON.stringify("A".repeat(3_000_000)), "text"],
      ["[1,2,3]", "list"],
      ["42", "number"],
      ["true", "boolean"],
      ["null", "null"],
      ['{"hello":"world"}', "unrelated"],
      [libraryToFile([], [], new Date()), "library"],
      ['{"format":"paper-explorer/saved-views","version":1,"views":[]}', "saved-views"],
    ];
    for (const [text, found] of cases) {
      expect(await read(text)).toEqual({ ok: false, error: { kind: "not-dataset", source: "file.json", found } });
    }
  });

  it("lists schema problems for a file that is a dataset, however broken", async () => {
    const result = await read('{"schemaVersion": 2}');
    expect(result.ok === false && result.error.kind).toBe("invalid");
    expect((await read(JSON.stringify(makeDataset()))).ok).toBe(true);
  });

  it("keeps the message of text that is not JSON to a line", async () => {
    const result = await read(`{"a": "${"A".repeat(100_000)}`);
    expect(result.ok === false && result.error.kind === "json" && result.error.message.length).toBeLessThanOrEqual(240);
  });
});
